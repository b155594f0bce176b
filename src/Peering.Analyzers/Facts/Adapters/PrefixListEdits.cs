using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;

namespace Peering.Analyzers.Facts.Adapters
{
    /// <summary>
    /// The edits of an address-prefix list that every library's list offers (<c>Add</c>, <c>Insert</c>, <c>Remove</c>,
    /// <c>RemoveAt</c>, <c>Clear</c>): they keep the list's known prefixes up to date, and each prefix written is checked.
    /// </summary>
    internal static class PrefixListEdits
    {
        /// <summary>
        /// Applies <paramref name="invocation"/> to <paramref name="list"/>; returns what the edit does to the address space
        /// ("adds 10.1.0.0/16"), or null for a call that is no such edit, after which the list is unknown.
        /// </summary>
        public static string? Apply(PrefixListValue list, IInvocationOperation invocation, ValueEvaluator evaluator, FactRecorder recorder)
        {
            var location = invocation.Syntax.GetLocation();
            var argument = invocation.Arguments.Length == 0 ? null : invocation.Arguments[invocation.Arguments.Length - 1];
            var prefix = argument == null ? null : evaluator.Text(argument.Value);
            var method = invocation.TargetMethod.Name;
            list.Tracker?.Edit(method, prefix, location, evaluator.Depth);
            switch (method)
            {
                case "Add" or "Insert":
                    if (prefix != null)
                    {
                        recorder.UsePrefix(prefix, argument!.Value.Syntax.GetLocation(), list.Owner, list.OwnerDescription);
                    }

                    return "adds " + (prefix ?? "a prefix");
                case "Remove":
                    return "removes " + (prefix ?? "a prefix");
                case "RemoveAt":
                    return "removes a prefix";
                case "Clear":
                    return "removes every prefix";
                default:
                    list.Escape();
                    return null;
            }
        }

        /// <summary>
        /// <c>AddressPrefixes[i] = prefix</c>: the list's prefixes are no longer known, and a known new prefix is checked;
        /// returns the change, or null when the new prefix is not known.
        /// </summary>
        public static string? Replace(PrefixListValue list, Value? value, ISimpleAssignmentOperation assignment, FactRecorder recorder)
        {
            if (list.Tracker != null)
            {
                list.Tracker.Unknown = true;
            }

            if (value is not StringValue replaced)
            {
                return null;
            }

            recorder.UsePrefix(replaced.Text, assignment.Value.Syntax.GetLocation(), list.Owner, list.OwnerDescription);
            return "replaces a prefix with " + replaced.Text;
        }
    }
}
