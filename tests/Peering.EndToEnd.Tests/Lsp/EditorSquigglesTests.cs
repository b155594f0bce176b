using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests.Lsp
{
    /// <summary>
    /// The squiggles a user sees: csharp-ls, a Roslyn language server that editors run, loads the user's project
    /// with the installed package and reports the analyzers' findings on the open documents, and updates them as the user types.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    public sealed class EditorSquigglesTests(PackedPackageFixture fixture, CSharpLsInstallation csharpLs) : IClassFixture<CSharpLsInstallation>
    {
        /// <summary>A second file of the program with no mistake in it (Consumer/SharedServicesPeering.cs).</summary>
        private const string CleanSource = "SharedServicesPeering.cs";

        [Fact]
        public async Task Open_files_show_the_planted_mistakes_where_the_build_reports_them_and_nothing_in_the_clean_file()
        {
            var (project, cleanFile) = await NewRestoredProjectAsync("lsp-open");
            await using var server = await LanguageServerSession.StartAsync(csharpLs.Executable, project.Directory);
            var program = File.ReadAllText(project.ProgramFile);
            await server.OpenAsync(project.ProgramFile, program);
            await server.OpenAsync(cleanFile, File.ReadAllText(cleanFile));

            var diagnostics = await server.WaitForDiagnosticsAsync(project.ProgramFile, d => Peering(d).Any(), "PEER diagnostics");
            // Analyzers run because the client said so when the server asked for its settings.
            Assert.Contains("csharp", server.ConfigurationSectionsAsked);

            // PEER304 is info: silent in a command-line build, a suggestion in the editor.
            var expected = new[]
            {
                Planted(project, "PEER102", LspSeverity.Error),
                Planted(project, "PEER403", LspSeverity.Error),
                Planted(project, "PEER204", LspSeverity.Error),
                Planted(project, "PEER304", LspSeverity.Information),
            }.ToHashSet();
            var actual = Peering(diagnostics).Select(d => (d.Code, d.Severity, d.Range.StartLine)).ToHashSet();
            Assert.True(expected.SetEquals(actual), Compare(expected, diagnostics, server));

            var gatewayFlags = Assert.Single(diagnostics, d => d.Code == "PEER102");
            // Reported on the UseRemoteGateways assignment (docs/rules/PEER102.md).
            Assert.Equal(LspRange.Of(program, "UseRemoteGateways = true"), gatewayFlags.Range);
            // The sentence the command-line build prints, which appends the rule page's link in parentheses.
            var buildMessage = BuildOutput.Messages(fixture.PlantedBuild.Combined).First(m => m.Id == "PEER102").Message;
            Assert.StartsWith(gatewayFlags.Message + " (", buildMessage, StringComparison.Ordinal);
            Assert.Contains("'hub-to-spoke'", gatewayFlags.Message, StringComparison.Ordinal);
            Assert.EndsWith("/docs/rules/PEER102.md", gatewayFlags.CodeDescriptionHref, StringComparison.Ordinal);

            var clean = await server.WaitForDiagnosticsAsync(cleanFile, _ => true, "a diagnostic report");
            Assert.True(!Peering(clean).Any() && !clean.Any(d => d.Severity == LspSeverity.Error), "Expected no PEER diagnostic and no error in the clean file: " + string.Join("; ", clean));
        }

        [Fact]
        public async Task Typing_a_fix_clears_the_squiggle_and_typing_a_mistake_raises_one()
        {
            var (project, cleanFile) = await NewRestoredProjectAsync("lsp-typing");
            await using var server = await LanguageServerSession.StartAsync(csharpLs.Executable, project.Directory);
            var program = File.ReadAllText(project.ProgramFile);
            var clean = File.ReadAllText(cleanFile);
            await server.OpenAsync(project.ProgramFile, program);
            await server.OpenAsync(cleanFile, clean);
            await server.WaitForDiagnosticsAsync(project.ProgramFile, d => Has(d, "PEER102"), "PEER102");

            // The code fix's edit, typed by hand: the hub keeps AllowGatewayTransit.
            var fixedProgram = ReplaceOnce(program, "AllowGatewayTransit = true, UseRemoteGateways = true", "AllowGatewayTransit = true, UseRemoteGateways = false");
            await server.ChangeAsync(project.ProgramFile, fixedProgram);
            // The other planted errors stay: the report is a fresh analysis, not an empty one.
            var afterFix = await server.WaitForDiagnosticsAsync(project.ProgramFile, d => !Has(d, "PEER102") && Has(d, "PEER403"), "PEER102 to go while PEER403 stays");
            Assert.True(Has(afterFix, "PEER204"), "PEER204 should stay after the PEER102 fix: " + string.Join("; ", afterFix));

            var beforeTyping = await server.WaitForDiagnosticsAsync(cleanFile, _ => true, "a diagnostic report");
            Assert.True(!Peering(beforeTyping).Any(), "Expected no PEER diagnostic in the clean file before the edit: " + string.Join("; ", beforeTyping));
            var mistyped = ReplaceOnce(clean, "AllowForwardedTraffic = true, RemoteVirtualNetworkId = data.Id", "AllowGatewayTransit = true, UseRemoteGateways = true, RemoteVirtualNetworkId = data.Id");
            await server.ChangeAsync(cleanFile, mistyped);
            var afterTyping = await server.WaitForDiagnosticsAsync(cleanFile, d => Has(d, "PEER102"), "PEER102 after typing both gateway flags");

            var squiggle = Assert.Single(afterTyping, d => d.Code == "PEER102");
            Assert.Equal(LspRange.Of(mistyped, "UseRemoteGateways = true"), squiggle.Range);
            Assert.Equal(LspSeverity.Error, squiggle.Severity);
            Assert.Contains("'shared-services-to-data'", squiggle.Message, StringComparison.Ordinal);
        }

        /// <summary>A copy of the fixture's planted project plus the clean file, restored as a user's clone would be before opening it in an editor.</summary>
        private async Task<(ConsumerProject Project, string CleanFile)> NewRestoredProjectAsync(string name)
        {
            var project = fixture.Planted.CopyTo(fixture.NewProjectDirectory(name));
            var cleanFile = project.AddSource(CleanSource);
            await DotNetCli.RunSuccessfullyAsync(project.Directory, "restore", project.ProjectFile);
            return (project, cleanFile);
        }

        private static (string? Code, LspSeverity? Severity, int Line) Planted(ConsumerProject project, string id, LspSeverity severity) =>
            (id, severity, PlantedMistakes.Line(project.ProgramFile, id) - 1);

        private static IEnumerable<LspDiagnostic> Peering(IEnumerable<LspDiagnostic> diagnostics) =>
            diagnostics.Where(d => d.Code != null && d.Code.StartsWith("PEER", StringComparison.Ordinal));

        private static bool Has(IEnumerable<LspDiagnostic> diagnostics, string id) => diagnostics.Any(d => d.Code == id);

        private static string ReplaceOnce(string text, string oldValue, string newValue)
        {
            var at = text.IndexOf(oldValue, StringComparison.Ordinal);
            Assert.True(at >= 0 && text.IndexOf(oldValue, at + 1, StringComparison.Ordinal) < 0, $"Expected '{oldValue}' exactly once in the document.");
            return text[..at] + newValue + text[(at + oldValue.Length)..];
        }

        private static string Compare(IEnumerable<(string? Code, LspSeverity? Severity, int Line)> expected, IEnumerable<LspDiagnostic> actual, LanguageServerSession server) =>
            "Expected (zero-based lines): " + string.Join(", ", expected.OrderBy(e => e.Line)) + Environment.NewLine
            + "Actual: " + string.Join("; ", actual) + Environment.NewLine
            + server.Describe();
    }
}
