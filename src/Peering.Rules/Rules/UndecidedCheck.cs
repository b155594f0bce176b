using System;
using Peering.Rules.Catalogue;

namespace Peering.Rules.Rules
{
    /// <summary>
    /// A rule that could not decide because a fact it needed is unknown for a recorded reason: <see cref="Cause"/> is
    /// that fact's <see cref="Model.Fact{T}.Source"/>, the front end's own record (see <see cref="FindingSink.Need{T}"/>).
    /// </summary>
    public sealed class UndecidedCheck : IEquatable<UndecidedCheck>
    {
        public UndecidedCheck(RuleInfo rule, object cause)
        {
            Rule = rule;
            Cause = cause;
        }

        public RuleInfo Rule { get; }

        public object Cause { get; }

        public bool Equals(UndecidedCheck? other) => other != null && other.Rule.Id == Rule.Id && other.Cause.Equals(Cause);

        public override bool Equals(object? obj) => Equals(obj as UndecidedCheck);

        public override int GetHashCode() => (Rule.Id.GetHashCode() * 397) ^ Cause.GetHashCode();

        public override string ToString() => Rule.Id + " needed " + Cause;
    }
}
