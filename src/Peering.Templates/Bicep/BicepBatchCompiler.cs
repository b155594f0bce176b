using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Text;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// Compiles every <c>.bicep</c> and <c>.bicepparam</c> file of a run with one Bicep CLI process (<c>bicep jsonrpc</c>)
    /// into ARM documents whose findings point at the Bicep lines. A file that does not compile becomes PEER901 findings
    /// with Bicep's own messages; the other files still run. A <c>.bicepparam</c> file takes the place of the plain
    /// compilation of the template it uses, as a <c>*.parameters.json</c> file does for its template. A file another
    /// file of the run uses as a module is checked through that file only.
    /// </summary>
    public sealed class BicepBatchCompiler
    {
        private static readonly Regex UsingDeclaration = new Regex(@"^\s*using\s+'(?<path>[^']+)'", RegexOptions.CultureInvariant | RegexOptions.Multiline);

        private static readonly Regex RegistryReference = new Regex(@"^(br|ts)[:/]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The keyword of a module declaration anywhere (in a comment too, which only costs one needless request).</summary>
        private static readonly Regex ModuleKeyword = new Regex(@"\bmodule\b", RegexOptions.CultureInvariant);

        private readonly Func<string> resolveExecutable;
        private readonly int requestsInFlight;

        /// <param name="resolveExecutable">Called only when there is Bicep to compile, so runs without Bicep never look for the CLI.</param>
        public BicepBatchCompiler(Func<string> resolveExecutable)
            : this(resolveExecutable, RequestsInFlightFor(Environment.ProcessorCount))
        {
        }

        /// <param name="requestsInFlight">Compile requests Bicep is given before the first answer is read; 1 is one file at a time.</param>
        internal BicepBatchCompiler(Func<string> resolveExecutable, int requestsInFlight)
        {
            this.resolveExecutable = resolveExecutable;
            this.requestsInFlight = Math.Max(1, requestsInFlight);
        }

        /// <summary>
        /// Bicep's server takes several requests at once, so it goes on to the next file instead of waiting for this
        /// process to read an answer and send the next request, and may use every core. A few more requests than cores
        /// keep it busy (measured in docs/performance.md); more would only hold more compilations in Bicep's memory at once.
        /// </summary>
        internal static int RequestsInFlightFor(int processorCount) => Math.Min(2 * Math.Max(1, processorCount), 8);

        /// <param name="bicepFiles">Paths as the user knows them; findings keep them unchanged.</param>
        /// <param name="parameterFiles"><c>.bicepparam</c> paths.</param>
        /// <param name="suppressions">Receives the <c>#disable-next-line PEERnnn</c> comments of the compiled files.</param>
        public BicepBatchResult Compile(IReadOnlyList<string> bicepFiles, IReadOnlyList<string> parameterFiles, SuppressionSet suppressions)
        {
            if (bicepFiles.Count == 0 && parameterFiles.Count == 0)
            {
                return new BicepBatchResult(Array.Empty<TemplateDocument>(), Array.Empty<Finding>());
            }

            var documents = new List<TemplateDocument>();
            var findings = new List<Finding>();
            bicepFiles = WithoutRegistryReferences(bicepFiles, findings);
            parameterFiles = WithoutRegistryReferences(parameterFiles, findings);
            if (bicepFiles.Count == 0 && parameterFiles.Count == 0)
            {
                return new BicepBatchResult(documents, findings);
            }

            using var client = BicepRpcClient.Start(resolveExecutable());
            var parameterised = new HashSet<string>(StringComparer.Ordinal);
            foreach (var parameterFile in parameterFiles)
            {
                var template = CompileParameters(client, parameterFile, bicepFiles, documents, findings, suppressions);
                if (template != null)
                {
                    parameterised.Add(Path.GetFullPath(template));
                }
            }

            var plainDocuments = new List<TemplateDocument>();
            var plainFiles = bicepFiles.Where(file => !parameterised.Contains(Path.GetFullPath(file))).ToList();
            var inFlight = new Queue<(string File, BicepRequest Request)>();
            var sent = 0;
            while (sent < plainFiles.Count || inFlight.Count > 0)
            {
                // Bicep compiles the next files while this process reads the answers in file order, so results and
                // findings come in the same order whatever the number of requests in flight.
                for (; sent < plainFiles.Count && inFlight.Count < requestsInFlight; sent++)
                {
                    inFlight.Enqueue((plainFiles[sent], client.Send("bicep/compile", new { path = Path.GetFullPath(plainFiles[sent]) })));
                }

                var (bicepFile, request) = inFlight.Dequeue();
                var compiled = Receive<BicepCompileResult>(client, bicepFile, request, findings);
                if (compiled == null)
                {
                    continue;
                }

                if (!compiled.Success || compiled.Contents == null)
                {
                    findings.AddRange(CompileErrors(bicepFile, compiled.Diagnostics));
                    continue;
                }

                plainDocuments.Add(Document(bicepFile, compiled.Contents, suppressions));
            }

            // A module is checked inside the template that deploys it, with the values it is given there; checked on its
            // own as well, its resources would be counted twice.
            var modules = new HashSet<string>(documents.Concat(plainDocuments).SelectMany(d => ModulesOf(client, d.Path)), StringComparer.Ordinal);
            documents.AddRange(plainDocuments.Where(d => !modules.Contains(Path.GetFullPath(d.Path))));
            return new BicepBatchResult(documents, findings);
        }

        /// <summary>The files that name no module registry; each one that does gets a PEER902 and is not compiled (Bicep would download the module).</summary>
        private static IReadOnlyList<string> WithoutRegistryReferences(IReadOnlyList<string> files, List<Finding> findings)
        {
            var local = new List<string>();
            foreach (var file in files)
            {
                var reference = RegistryReferences.First(file);
                if (reference == null)
                {
                    local.Add(file);
                    continue;
                }

                findings.Add(new Finding(
                    RuleCatalogue.PEER902,
                    RuleCatalogue.PEER902.Current,
                    $"{Path.GetFileName(file)} uses the registry module {DisplayText.Quote(reference)}, which peering-check does not download, so the file is not checked.",
                    new SourceLocation(file, 1)));
            }

            return local;
        }

        /// <summary>The full paths of the local <c>.bicep</c> files a compiled template uses as modules, at any depth.</summary>
        private static IEnumerable<string> ModulesOf(BicepRpcClient client, string bicepFile)
        {
            // Bicep compiles the file again to answer, a second time after compile: most files declare no module, and
            // those need not ask (docs/performance.md, Bicep).
            if (!ModuleKeyword.IsMatch(File.ReadAllText(bicepFile)))
            {
                return Array.Empty<string>();
            }

            var self = Path.GetFullPath(bicepFile);
            try
            {
                var references = client.Call<BicepFileReferences>("bicep/getFileReferences", new { path = self }).FilePaths ?? Array.Empty<string>();
                return references
                    .Where(file => file.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase))
                    .Select(Path.GetFullPath)
                    .Where(file => !string.Equals(file, self, StringComparison.Ordinal))
                    .ToList();
            }
            catch (BicepRpcError)
            {
                return Array.Empty<string>();
            }
        }

        /// <summary>Adds the document of a <c>.bicepparam</c> file; returns the template it uses when that compiled.</summary>
        private static string? CompileParameters(BicepRpcClient client, string parameterFile, IReadOnlyList<string> bicepFiles, List<TemplateDocument> documents, List<Finding> findings, SuppressionSet suppressions)
        {
            var request = new { path = Path.GetFullPath(parameterFile), parameterOverrides = new Dictionary<string, object>() };
            var compiled = Call<BicepCompileParamsResult>(client, "bicep/compileParams", parameterFile, request, findings);
            if (compiled == null)
            {
                return null;
            }

            if (!compiled.Success)
            {
                findings.AddRange(CompileErrors(parameterFile, compiled.Diagnostics));
                return null;
            }

            var template = UsedTemplate(parameterFile, bicepFiles);
            if (compiled.Template == null || template == null)
            {
                // `using none` or a registry module: there is no local template to check.
                return null;
            }

            var document = Document(template, compiled.Template, suppressions);
            document.ParametersPath = parameterFile;
            document.ParametersJsonText = compiled.Parameters;
            documents.Add(document);
            return template;
        }

        private static TemplateDocument Document(string bicepFile, string compiledJson, SuppressionSet suppressions)
        {
            var bicepText = File.ReadAllText(bicepFile);
            BicepSuppressions.Read(bicepFile, bicepText, suppressions);
            var declarations = BicepDeclarationScanner.Scan(bicepText);
            var locator = BicepResourceLocator.Create(bicepFile, compiledJson, declarations);
            return new TemplateDocument(bicepFile, compiledJson, locator.Locate);
        }

        /// <summary>
        /// The local <c>.bicep</c> file a <c>.bicepparam</c> file uses: as the run names it when it is one of the run's
        /// files, so both report the same path; else beside the parameter file, without <c>..</c> segments.
        /// </summary>
        private static string? UsedTemplate(string parameterFile, IReadOnlyList<string> bicepFiles)
        {
            var declaration = UsingDeclaration.Match(File.ReadAllText(parameterFile));
            // Registry references (br:, br/alias:, ts:) name no local file.
            if (!declaration.Success || RegistryReference.IsMatch(declaration.Groups["path"].Value))
            {
                return null;
            }

            var folder = Path.GetDirectoryName(parameterFile) ?? string.Empty;
            var fullPath = Path.GetFullPath(Path.Combine(folder, declaration.Groups["path"].Value.Replace('/', Path.DirectorySeparatorChar)));
            return bicepFiles.FirstOrDefault(file => string.Equals(Path.GetFullPath(file), fullPath, StringComparison.Ordinal))
                ?? (Path.IsPathRooted(parameterFile) ? fullPath : Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath));
        }

        /// <summary>One compile request; a file Bicep refuses (it cannot read it, say) becomes a PEER901 and the run goes on.</summary>
        private static T? Call<T>(BicepRpcClient client, string method, string file, object request, List<Finding> findings)
            where T : class =>
            Receive<T>(client, file, client.Send(method, request), findings);

        private static T? Receive<T>(BicepRpcClient client, string file, BicepRequest request, List<Finding> findings)
            where T : class
        {
            try
            {
                return client.Receive<T>(request);
            }
            catch (BicepRpcError error)
            {
                findings.Add(NotCompiled(new SourceLocation(file, 1), error.Message));
                return null;
            }
        }

        /// <summary>
        /// One PEER901 per file that does not compile, at Bicep's first error: the errors after it are mostly its
        /// consequences, so they are counted rather than listed.
        /// </summary>
        private static IEnumerable<Finding> CompileErrors(string file, IReadOnlyList<BicepDiagnostic>? diagnostics)
        {
            var errors = (diagnostics ?? Array.Empty<BicepDiagnostic>())
                .Where(d => string.Equals(d.Level, "Error", StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (errors.Count == 0)
            {
                return new[] { NotCompiled(new SourceLocation(file, 1), "Bicep reported no error message") };
            }

            var first = errors[0];

            // An error in a module is reported in the module's file.
            var source = first.Source == null || string.Equals(Path.GetFullPath(first.Source), Path.GetFullPath(file), StringComparison.Ordinal) ? file : first.Source;
            var start = first.Range?.Start;
            var location = new SourceLocation(source, (start?.Line ?? 0) + 1, (start?.Char ?? 0) + 1);
            var more = errors.Count == 1 ? string.Empty : $" (and {errors.Count - 1} more {(errors.Count == 2 ? "error" : "errors")})";
            return new[] { NotCompiled(location, $"{first.Code}: {first.Message?.TrimEnd('.')}".Trim(' ', ':') + more) };
        }

        private static Finding NotCompiled(SourceLocation location, string bicepMessage) =>
            new Finding(
                RuleCatalogue.PEER901,
                RuleCatalogue.PEER901.Current,
                $"Bicep cannot compile {Path.GetFileName(location.Path)}: {bicepMessage.TrimEnd('.')}.",
                location);
    }
}
