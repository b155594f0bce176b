using System.Globalization;

namespace Peering.Terraform.Evaluation
{
    /// <summary>
    /// What evaluating one root module (with its modules) may cost: expression steps (loops over large collections,
    /// <c>for</c> expressions over <c>range(...)</c>), nesting (chains of locals, modules calling modules), and the size of
    /// strings and collections functions build. Real hub-and-spoke estates use a few thousand steps.
    /// </summary>
    internal sealed class EvaluationBudget
    {
        public const int DefaultMaxSteps = 2_000_000;
        public const int MaxDepth = 400;
        public const int MaxStringLength = 1_000_000;
        public const int MaxCollectionItems = 100_000;

        private readonly int maxSteps;
        private int steps;
        private int depth;

        public EvaluationBudget(int maxSteps = DefaultMaxSteps)
        {
            this.maxSteps = maxSteps;
        }

        public void Enter()
        {
            if (++steps > maxSteps)
            {
                throw new EvaluationLimitException("its evaluation takes more than " + maxSteps.ToString("N0", CultureInfo.InvariantCulture) + " steps (loops over very large collections?)");
            }

            if (++depth > MaxDepth)
            {
                throw new EvaluationLimitException("its expressions refer to one another more than " + MaxDepth + " levels deep");
            }
        }

        public void Leave() => depth--;

        public static string CheckString(string value) =>
            value.Length > MaxStringLength
                ? throw new EvaluationLimitException("it builds a string longer than " + MaxStringLength.ToString("N0", CultureInfo.InvariantCulture) + " characters")
                : value;

        public static void CheckCount(long count)
        {
            if (count > MaxCollectionItems)
            {
                throw new EvaluationLimitException("it builds a collection of more than " + MaxCollectionItems.ToString("N0", CultureInfo.InvariantCulture) + " items");
            }
        }
    }
}
