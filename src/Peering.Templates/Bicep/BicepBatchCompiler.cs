using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Text;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// Compiles every <c>.bicep</c> and <c>.bicepparam</c> file of a run with the Bicep CLI (<c>bicep jsonrpc</c>) into
    /// ARM documents whose findings point at the Bicep lines. A file that does not compile becomes PEER901 findings
    /// with Bicep's own messages; the other files still run. A <c>.bicepparam</c> file takes the place of the plain
    /// compilation of the template it uses, as a <c>*.parameters.json</c> file does for its template. A file another
    /// file of the run uses as a module is checked through that file only.
    /// <para>
    /// Files whose registry modules (<c>br:</c>, <c>ts:</c>) are all in Bicep's local module cache, and files that use
    /// none, are compiled by one process that cannot reach the network. The others are compiled, as <c>bicep build</c>
    /// would, by a second process that may restore their modules, within the restore timeout; offline
    /// (<see cref="ModuleRestore.Offline"/>) they are not compiled at all. A module that cannot be had leaves its file
    /// unchecked with one PEER902 naming it.
    /// </para>
    /// </summary>
    public sealed class BicepBatchCompiler
    {
        /// <summary>
        /// How long the restoring Bicep process may go without answering: Bicep's own HTTP client would wait 100 seconds
        /// per try, four tries, for a registry whose packets are dropped. A healthy registry answers in a few seconds,
        /// and a host that does not resolve costs Bicep's retries, about 12 seconds.
        /// </summary>
        internal static readonly TimeSpan DefaultRestoreTimeout = TimeSpan.FromSeconds(30);

        private static readonly Regex UsingDeclaration = new Regex(@"^\s*using\s+'(?<path>[^']+)'", RegexOptions.CultureInvariant | RegexOptions.Multiline);

        private static readonly Regex RegistryPath = new Regex(@"^(br|ts)[:/]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The keyword of a module declaration anywhere (in a comment too, which only costs one needless request).</summary>
        private static readonly Regex ModuleKeyword = new Regex(@"\bmodule\b", RegexOptions.CultureInvariant);

        private readonly Func<string> resolveExecutable;
        private readonly int requestsInFlight;
        private readonly TimeSpan restoreTimeout;
        private readonly Action<ProcessStartInfo> restoreEnvironment;

        /// <param name="resolveExecutable">Called only when there is Bicep to compile, so runs without Bicep never look for the CLI.</param>
        public BicepBatchCompiler(Func<string> resolveExecutable)
            : this(resolveExecutable, RequestsInFlightFor(Environment.ProcessorCount))
        {
        }

        /// <param name="requestsInFlight">Compile requests Bicep is given before the first answer is read; 1 is one file at a time.</param>
        internal BicepBatchCompiler(Func<string> resolveExecutable, int requestsInFlight)
            : this(resolveExecutable, requestsInFlight, DefaultRestoreTimeout, _ => { })
        {
        }

        /// <param name="restoreTimeout">How long the restoring Bicep process may go without answering before it is ended.</param>
        /// <param name="restoreEnvironment">Changes the restoring process's environment; by default it is the user's own.</param>
        internal BicepBatchCompiler(Func<string> resolveExecutable, int requestsInFlight, TimeSpan restoreTimeout, Action<ProcessStartInfo> restoreEnvironment)
        {
            this.resolveExecutable = resolveExecutable;
            this.requestsInFlight = Math.Max(1, requestsInFlight);
            this.restoreTimeout = restoreTimeout;
            this.restoreEnvironment = restoreEnvironment;
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
        /// <param name="restore">Whether registry modules missing from the local cache are downloaded.</param>
        /// <param name="moduleCache">
        /// A module cache shipped with the templates, used where a file's <c>bicepconfig.json</c> names no cache of its own
        /// (in place of <c>~/.bicep</c>); with one, nothing is downloaded, as with <see cref="ModuleRestore.Offline"/>.
        /// </param>
        public BicepBatchResult Compile(IReadOnlyList<string> bicepFiles, IReadOnlyList<string> parameterFiles, SuppressionSet suppressions, ModuleRestore restore = ModuleRestore.Restore, string? moduleCache = null)
        {
            var documents = new List<TemplateDocument>();
            var findings = new List<Finding>();
            var needRestore = new Dictionary<string, RegistryReference>(StringComparer.Ordinal);
            restore = moduleCache == null ? restore : ModuleRestore.Offline;
            bicepFiles = Route(bicepFiles, restore, moduleCache, needRestore, findings);
            parameterFiles = Route(parameterFiles, restore, moduleCache, needRestore, findings);
            if (bicepFiles.Count == 0 && parameterFiles.Count == 0)
            {
                return new BicepBatchResult(documents, findings);
            }

            using var home = moduleCache == null ? null : ModuleCacheHome.For(moduleCache);
            using var compiling = BicepSession.Compiling(resolveExecutable, home);
            using var restoring = BicepSession.Restoring(resolveExecutable, restoreEnvironment, restoreTimeout);
            BicepSession SessionFor(string file) => needRestore.ContainsKey(Path.GetFullPath(file)) ? restoring : compiling;

            var parameterised = new HashSet<string>(StringComparer.Ordinal);
            foreach (var parameterFile in parameterFiles)
            {
                var template = CompileParameters(SessionFor(parameterFile), parameterFile, bicepFiles, documents, findings, suppressions, needRestore);
                if (template != null)
                {
                    parameterised.Add(Path.GetFullPath(template));
                }
            }

            var plainDocuments = new List<TemplateDocument>();
            var plainFiles = bicepFiles.Where(file => !parameterised.Contains(Path.GetFullPath(file))).ToList();
            CompilePlain(compiling, plainFiles.Where(file => SessionFor(file) == compiling).ToList(), plainDocuments, findings, suppressions, needRestore);
            CompilePlain(restoring, plainFiles.Where(file => SessionFor(file) == restoring).ToList(), plainDocuments, findings, suppressions, needRestore);

            // A module is checked inside the template that deploys it, with the values it is given there; checked on its
            // own as well, its resources would be counted twice. Every registry module a compiled file uses is cached
            // by now, so the process that cannot download answers for all of them.
            var modules = new HashSet<string>(documents.Concat(plainDocuments).SelectMany(d => ModulesOf(compiling, d.Path)), StringComparer.Ordinal);
            documents.AddRange(plainDocuments.Where(d => !modules.Contains(Path.GetFullPath(d.Path))));
            return new BicepBatchResult(documents, findings);
        }

        /// <summary>
        /// Compiles <paramref name="files"/> with one session. Bicep compiles the next files while this process reads the
        /// answers in file order, so results and findings come in the same order whatever the number of requests in flight.
        /// </summary>
        private void CompilePlain(BicepSession session, IReadOnlyList<string> files, List<TemplateDocument> plainDocuments, List<Finding> findings, SuppressionSet suppressions, IReadOnlyDictionary<string, RegistryReference> needRestore)
        {
            var inFlight = new Queue<(string File, BicepRequest? Request)>();
            var sent = 0;
            while (sent < files.Count || inFlight.Count > 0)
            {
                for (; sent < files.Count && inFlight.Count < requestsInFlight; sent++)
                {
                    inFlight.Enqueue((files[sent], session.Send("bicep/compile", new { path = Path.GetFullPath(files[sent]) })));
                }

                var (bicepFile, request) = inFlight.Dequeue();
                var compiled = Receive<BicepCompileResult>(session, bicepFile, request, findings, needRestore);
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
        }

        /// <summary>
        /// The files Bicep can compile under <paramref name="restore"/>. A file whose registry module is not in the local
        /// cache is, offline, one PEER902 and is not given to Bicep; otherwise it goes to the restoring process, noted in
        /// <paramref name="needRestore"/> with the module it waits for. A module whose place in the cache cannot be told
        /// (an alias Bicep will reject, say) is left to Bicep.
        /// </summary>
        private static IReadOnlyList<string> Route(IReadOnlyList<string> files, ModuleRestore restore, string? moduleCache, Dictionary<string, RegistryReference> needRestore, List<Finding> findings)
        {
            var kept = new List<string>();
            foreach (var file in files)
            {
                var located = RegistryReferences.Of(file).Select(reference => (Reference: reference, Module: ModuleCache.Locate(reference, moduleCache))).ToList();
                var missing = located.FirstOrDefault(l => l.Module.IsMissing);
                if (restore == ModuleRestore.Offline && missing.Reference != null)
                {
                    findings.Add(RegistryModuleNotes.NotCached(file, missing.Reference, missing.Module.Folder!));
                    continue;
                }

                var notCached = located.FirstOrDefault(l => !l.Module.IsCached);
                if (restore == ModuleRestore.Restore && notCached.Reference != null)
                {
                    needRestore[Path.GetFullPath(file)] = notCached.Reference;
                }

                kept.Add(file);
            }

            return kept;
        }

        /// <summary>The full paths of the local <c>.bicep</c> files a compiled template uses as modules, at any depth.</summary>
        private static IEnumerable<string> ModulesOf(BicepSession session, string bicepFile)
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
                var references = session.Client().Call<BicepFileReferences>("bicep/getFileReferences", new { path = self }).FilePaths ?? Array.Empty<string>();
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

        /// <summary>
        /// Adds the document of a <c>.bicepparam</c> file; returns the template it uses when that is a local file that
        /// compiled. A registry template (<c>using 'br:…'</c>) has no Bicep file of its own: its resources are reported at
        /// the <c>using</c> line.
        /// </summary>
        private static string? CompileParameters(BicepSession session, string parameterFile, IReadOnlyList<string> bicepFiles, List<TemplateDocument> documents, List<Finding> findings, SuppressionSet suppressions, IReadOnlyDictionary<string, RegistryReference> needRestore)
        {
            var request = new { path = Path.GetFullPath(parameterFile), parameterOverrides = new Dictionary<string, object>() };
            var compiled = Receive<BicepCompileParamsResult>(session, parameterFile, session.Send("bicep/compileParams", request), findings, needRestore);
            if (compiled == null)
            {
                return null;
            }

            if (!compiled.Success)
            {
                findings.AddRange(CompileErrors(parameterFile, compiled.Diagnostics));
                return null;
            }

            if (compiled.Template == null)
            {
                // `using none`: there is no template to check.
                return null;
            }

            var text = File.ReadAllText(parameterFile);
            var declaration = UsingDeclaration.Match(text);
            TemplateDocument document;
            string? template = null;
            if (declaration.Success && RegistryPath.IsMatch(declaration.Groups["path"].Value))
            {
                var path = declaration.Groups["path"];
                var usingLine = new SourceLocation(parameterFile, 1 + text.Take(path.Index).Count(c => c == '\n'));
                document = new TemplateDocument(parameterFile, compiled.Template, _ => usingLine);
            }
            else
            {
                template = UsedTemplate(parameterFile, declaration, bicepFiles);
                if (template == null)
                {
                    return null;
                }

                document = Document(template, compiled.Template, suppressions);
            }

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
        private static string? UsedTemplate(string parameterFile, Match declaration, IReadOnlyList<string> bicepFiles)
        {
            if (!declaration.Success)
            {
                return null;
            }

            var folder = Path.GetDirectoryName(parameterFile) ?? string.Empty;
            var fullPath = Path.GetFullPath(Path.Combine(folder, declaration.Groups["path"].Value.Replace('/', Path.DirectorySeparatorChar)));
            return bicepFiles.FirstOrDefault(file => string.Equals(Path.GetFullPath(file), fullPath, StringComparison.Ordinal))
                ?? (Path.IsPathRooted(parameterFile) ? fullPath : Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath));
        }

        /// <summary>
        /// The answer to one request; null when there is none to read: Bicep refused the file (it cannot read it, say),
        /// which is a PEER901, or the restoring process stalled, which is a PEER902 naming the module it waited for.
        /// </summary>
        private static T? Receive<T>(BicepSession session, string file, BicepRequest? request, List<Finding> findings, IReadOnlyDictionary<string, RegistryReference> needRestore)
            where T : class
        {
            try
            {
                if (session.TryReceive<T>(request, out var answer))
                {
                    return answer;
                }

                findings.Add(RegistryModuleNotes.NotRestored(file, needRestore[Path.GetFullPath(file)], session.RestoreTimeout!.Value));
                return null;
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

            // A module Bicep could not download leaves the file unchecked, which is not a mistake in it; any other error is.
            if (RegistryModuleNotes.RestoreFailed(file, errors) is Finding note)
            {
                return new[] { note };
            }

            // Bicep lists a file's diagnostics and its modules' in no fixed order: the file's own first error (for a broken
            // module, the error at its declaration) is the one reported, so that a run always says the same.
            var first = errors
                .Select(error => (error, location: DiagnosticLocation(file, error)))
                .OrderBy(e => e.location.Path == file ? 0 : 1)
                .ThenBy(e => e.location.Path, StringComparer.Ordinal)
                .ThenBy(e => e.location.Line)
                .ThenBy(e => e.location.Column)
                .First();

            // An error only in a module is reported in the module's file.
            var location = first.location;
            var more = errors.Count == 1 ? string.Empty : $" (and {errors.Count - 1} more {(errors.Count == 2 ? "error" : "errors")})";
            return new[] { NotCompiled(location, $"{first.error.Code}: {first.error.Message?.TrimEnd('.')}".Trim(' ', ':') + more) };
        }

        /// <summary>Where Bicep places a diagnostic: in the compiled file, or, for an error in a module, in the module's file.</summary>
        internal static SourceLocation DiagnosticLocation(string file, BicepDiagnostic diagnostic)
        {
            var source = diagnostic.Source == null || string.Equals(Path.GetFullPath(diagnostic.Source), Path.GetFullPath(file), StringComparison.Ordinal) ? file : diagnostic.Source;
            var start = diagnostic.Range?.Start;
            return new SourceLocation(source, (start?.Line ?? 0) + 1, (start?.Char ?? 0) + 1);
        }

        private static Finding NotCompiled(SourceLocation location, string bicepMessage) =>
            new Finding(
                RuleCatalogue.PEER901,
                RuleCatalogue.PEER901.Current,
                $"Bicep cannot compile {Path.GetFileName(location.Path)}: {bicepMessage.TrimEnd('.')}.",
                location);
    }
}
