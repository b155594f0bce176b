using System;

namespace Peering.Terraform.Evaluation
{
    /// <summary>
    /// An expression Terraform itself would reject (a type mismatch, a missing attribute, an index out of range). It
    /// makes the value unknown, and <c>try</c>/<c>can</c> catch it as Terraform's do.
    /// </summary>
    internal sealed class TfEvaluationException : Exception
    {
        public TfEvaluationException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// The evaluation of one root module went past a limit (<see cref="EvaluationBudget"/>). Not caught by <c>try</c>:
    /// the whole root module is then reported (PEER901) and contributes no facts, so no half-evaluated state reaches a rule.
    /// </summary>
    internal sealed class EvaluationLimitException : Exception
    {
        public EvaluationLimitException(string message)
            : base(message)
        {
        }
    }
}
