using System;
using System.Collections.Generic;
using Peering.Rules.Checks;

namespace Peering.Analyzers
{
    /// <summary>
    /// A rule that failed inside <see cref="PeeringRules.Evaluate"/>, which is a bug of the analyzers. The analyzer reports
    /// the other rules' findings first and then throws this, so the compiler shows the failure as AD0001 with the
    /// rule's message, as it shows any analyzer's internal error.
    /// </summary>
    internal sealed class RuleFailureException : Exception
    {
        private RuleFailureException(string message)
            : base(message)
        {
        }

        /// <summary>True for the finding that stands for a failed rule; it is collected into <paramref name="failures"/>.</summary>
        public static bool IsFailure(Finding finding, ref List<string>? failures)
        {
            if (!ReferenceEquals(finding.Rule, PeeringRules.InternalError))
            {
                return false;
            }

            (failures ??= new List<string>()).Add(finding.Message);
            return true;
        }

        public static void ThrowIfAny(List<string>? failures)
        {
            if (failures != null)
            {
                throw new RuleFailureException(string.Join("\n", failures));
            }
        }
    }
}
