using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;
using Peering.Rules.Text;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// Reads one block of code (a method body, an initializer) into its facts: the <see cref="ValueEvaluator"/> walks it
    /// in execution order, the adapter of each library the compilation uses says what that library's types and members
    /// mean, and the <see cref="FactRecorder"/> keeps the facts.
    /// </summary>
    internal static class CodeReader
    {
        /// <summary>How C# orders one write after others: it awaits them first.</summary>
        public const string OrderingFix = "await the CreateOrUpdate of {0} (with WaitUntil.Completed) before the write of {1}";

        /// <param name="code">The compilation's code to follow calls into; null to read the block on its own.</param>
        public static BlockFacts Read(IOperation block, SdkLibraries libraries, CompilationCode? code = null, CancellationToken cancellationToken = default)
        {
            var follower = new CallFollower(code, cancellationToken);
            var evaluator = new ValueEvaluator(follower);
            var recorder = new FactRecorder(RunOf(block));
            var adapters = libraries.CreateAdapters(evaluator, recorder).ToList();
            foreach (var adapter in adapters)
            {
                evaluator.Use(adapter);
            }

            evaluator.Exec(block);

            // A declarative program deploys its resources as they stand once the code has run.
            foreach (var declarative in adapters.OfType<IDeclarativeAdapter>())
            {
                declarative.Complete();
            }

            return recorder.Finish(follower);
        }

        /// <summary>The run of a block's writes, named by the method it is the body of.</summary>
        private static DeploymentRun RunOf(IOperation block)
        {
            var owner = block.SemanticModel?.GetEnclosingSymbol(block.Syntax.SpanStart);
            var description = owner == null ? "this code"
                : owner.Name.StartsWith("<", System.StringComparison.Ordinal) ? "the top-level statements"
                : "the method " + DisplayText.Quote(owner.Name);
            return new DeploymentRun(description, OrderingFix);
        }
    }
}
