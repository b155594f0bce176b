using Peering.Rules.Catalogue;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// A rule that could not decide because a fact it needed is unknown for a recorded reason: <see cref="Cause"/> is
    /// that fact's <see cref="Model.Fact{T}.Source"/>, the front end's own record (see <see cref="FindingSink.Need{T}"/>).
    /// </summary>
    public sealed class UndecidedCheck
    {
        public UndecidedCheck(RuleInfo rule, object cause)
        {
            Rule = rule;
            Cause = cause;
        }

        public RuleInfo Rule { get; }

        public object Cause { get; }

        public override string ToString() => Rule.Id + " needed " + Cause;
    }
}
