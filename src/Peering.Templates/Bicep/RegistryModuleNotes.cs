using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Text;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// The PEER902 notes of a Bicep file left unchecked because a registry module it uses could not be had: not in the
    /// local cache offline, not restored in time, or refused by the registry. Nothing is wrong in the file itself, so
    /// these are notes, not PEER901; each names the module and sits at the declaration that leads to it.
    /// </summary>
    internal static class RegistryModuleNotes
    {
        /// <summary>Bicep's codes for a module it has not restored (BCP190) or could not restore (BCP191, BCP192).</summary>
        private static readonly string[] RestoreCodes = { "BCP190", "BCP191", "BCP192" };

        /// <summary>Errors Bicep reports because of a module it could not restore: a use of the module (BCP062), a local module above it (BCP104).</summary>
        private static readonly string[] ConsequenceCodes = { "BCP062", "BCP104" };

        /// <summary>Azure's client repeats the reason once per try: "(reason) (reason) (reason)".</summary>
        private static readonly Regex RepeatedReason = new Regex(@"(?<reason> \((?>[^()]+|\((?<depth>)|\)(?<-depth>))*(?(depth)(?!))\))(?:\k<reason>)+", RegexOptions.CultureInvariant);

        /// <summary>Azure's client's advice on its own retry settings, which the user of a template cannot act on.</summary>
        private static readonly Regex RetryAdvice = new Regex(@" ?Retry settings can be adjusted in [^()]*?RetryPolicy\.", RegexOptions.CultureInvariant);

        /// <summary>
        /// The note for a file that did not compile only because a registry module could not be restored; null when
        /// another error is among them (a real one, reported as PEER901). The note sits at the file's own <c>module</c>
        /// line that leads to the module (BCP104) when the module is named in a local module of the file.
        /// </summary>
        public static Finding? RestoreFailed(string file, IReadOnlyList<BicepDiagnostic> errors)
        {
            var error = errors.FirstOrDefault(e => RestoreCodes.Contains(e.Code));
            if (error == null || errors.Any(e => !RestoreCodes.Contains(e.Code) && !ConsequenceCodes.Contains(e.Code)))
            {
                return null;
            }

            var place = BicepBatchCompiler.DiagnosticLocation(file, error);
            if (place.Path != file && errors.FirstOrDefault(e => e.Code == "BCP104" && BicepBatchCompiler.DiagnosticLocation(file, e).Path == file) is BicepDiagnostic caller)
            {
                place = BicepBatchCompiler.DiagnosticLocation(file, caller);
            }

            var message = RetryAdvice.Replace(RepeatedReason.Replace(error.Message ?? string.Empty, "${reason}"), string.Empty).TrimEnd('.');
            return Note(place, $"{Path.GetFileName(file)} is not checked: Bicep could not restore a registry module it uses ({DisplayText.Visible(error.Code)}: {DisplayText.Visible(message)}).");
        }

        public static Finding NotCached(string file, RegistryReference reference, string cacheFolder) =>
            Note(
                new SourceLocation(file, reference.Line),
                $"{Path.GetFileName(file)} uses the registry module {DisplayText.Quote(reference.Reference)}, which is not in the local module cache ({DisplayText.Visible(cacheFolder)}); offline, nothing is downloaded, so the file is not checked.");

        public static Finding NotRestored(string file, RegistryReference reference, TimeSpan timeout) =>
            Note(
                new SourceLocation(file, reference.Line),
                $"{Path.GetFileName(file)} uses the registry module {DisplayText.Quote(reference.Reference)}, which Bicep did not restore within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds (its registry did not answer), so the file is not checked.");

        private static Finding Note(SourceLocation location, string message) =>
            new Finding(RuleCatalogue.PEER902, RuleCatalogue.PEER902.Current, message, location);
    }
}
