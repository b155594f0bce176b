using System.Threading;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// Reads one block of code (a method body, an initializer) into its facts: the <see cref="ValueEvaluator"/> walks it
    /// in execution order, the adapter of each library the compilation uses says what that library's types and members
    /// mean, and the <see cref="FactRecorder"/> keeps the facts.
    /// </summary>
    internal static class CodeReader
    {
        /// <param name="code">The compilation's code to follow calls into; null to read the block on its own.</param>
        public static BlockFacts Read(IOperation block, SdkLibraries libraries, CompilationCode? code = null, CancellationToken cancellationToken = default)
        {
            var follower = new CallFollower(code, cancellationToken);
            var evaluator = new ValueEvaluator(follower);
            var recorder = new FactRecorder();
            foreach (var adapter in libraries.CreateAdapters(evaluator, recorder))
            {
                evaluator.Use(adapter);
            }

            evaluator.Exec(block);
            return recorder.Finish(follower);
        }
    }
}
