using System.Collections.Generic;

namespace Peering.Rules.Model
{
    /// <summary>
    /// One write of a <see cref="DeploymentRun"/> (a template resource, a Terraform resource, a C# <c>CreateOrUpdate</c>)
    /// and the writes of the same run it is known to wait for: a <c>dependsOn</c>, a reference, an awaited call before it.
    /// </summary>
    public sealed class DeploymentStep
    {
        public DeploymentStep(DeploymentRun run, string description, object? declaration)
        {
            Run = run;
            Description = description;
            Declaration = declaration;
        }

        public DeploymentRun Run { get; }

        /// <summary>What is written, for messages: "gateway 'hub-gw'".</summary>
        public string Description { get; }

        public object? Declaration { get; }

        /// <summary>Writes of the run that are complete before this one starts.</summary>
        public IList<DeploymentStep> After { get; } = new List<DeploymentStep>();

        /// <summary>Writes of the run this one may or may not wait for (a task whose completion the front end cannot place).</summary>
        public IList<DeploymentStep> MayBeAfter { get; } = new List<DeploymentStep>();

        /// <summary>
        /// True when the step may wait for writes the front end did not resolve (a <c>dependsOn</c> it could not evaluate):
        /// what <see cref="After"/> and <see cref="MayBeAfter"/> do not lead to is then not known to come later.
        /// </summary>
        public bool MayWaitForUnresolved { get; private set; }

        /// <summary>When <see cref="MayWaitForUnresolved"/>, the front end's record of why, if it has one.</summary>
        public object? UnresolvedBecause { get; private set; }

        /// <summary>The step may wait for a write the front end did not resolve, for the reason <paramref name="cause"/> (null: none recorded).</summary>
        public void WaitsForUnresolved(object? cause)
        {
            MayWaitForUnresolved = true;
            UnresolvedBecause ??= cause;
        }

        /// <summary>
        /// Whether this write starts only after <paramref name="earlier"/> is complete: known true through a chain of
        /// <see cref="After"/>, known false when no chain the front end saw or could not resolve leads to it, unknown
        /// otherwise and always across runs.
        /// </summary>
        public Fact<bool> Follows(DeploymentStep earlier)
        {
            if (!ReferenceEquals(Run, earlier.Run))
            {
                return Fact<bool>.Unknown;
            }

            if (Reaches(earlier, certainOnly: true, out _))
            {
                return Fact<bool>.Known(true, Declaration);
            }

            return Reaches(earlier, certainOnly: false, out var unresolved) || unresolved != null
                ? Fact<bool>.UnknownBecause(unresolved?.UnresolvedBecause)
                : Fact<bool>.Known(false, Declaration);
        }

        /// <summary>Whether a chain of waits leads from this step to <paramref name="target"/>; also the first step met on the way that may wait for unresolved writes.</summary>
        private bool Reaches(DeploymentStep target, bool certainOnly, out DeploymentStep? unresolved)
        {
            unresolved = null;
            var seen = new HashSet<DeploymentStep> { this };
            var pending = new Stack<DeploymentStep>();
            pending.Push(this);
            while (pending.Count > 0)
            {
                var step = pending.Pop();
                if (ReferenceEquals(step, target))
                {
                    return true;
                }

                if (step.MayWaitForUnresolved)
                {
                    unresolved ??= step;
                }

                foreach (var next in certainOnly ? step.After : Both(step))
                {
                    if (seen.Add(next))
                    {
                        pending.Push(next);
                    }
                }
            }

            return false;
        }

        private static IEnumerable<DeploymentStep> Both(DeploymentStep step)
        {
            foreach (var next in step.After)
            {
                yield return next;
            }

            foreach (var next in step.MayBeAfter)
            {
                yield return next;
            }
        }

        public override string ToString() => Description;
    }
}
