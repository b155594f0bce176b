using System.Threading;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Adapters.AzureCore;
using Peering.Analyzers.Facts.Adapters.Provisioning;
using Peering.Analyzers.Facts.Adapters.ResourceManager;
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
        public static BlockFacts Read(IOperation block, SdkSymbols symbols, CompilationCode? code = null, CancellationToken cancellationToken = default)
        {
            var follower = new CallFollower(code, cancellationToken);
            var evaluator = new ValueEvaluator(follower);
            var recorder = new FactRecorder();
            var core = new AzureCoreValues(symbols, evaluator, recorder);
            if (symbols.ResourceManager != null)
            {
                evaluator.Use(new ResourceManagerAdapter(symbols.ResourceManager, core, evaluator, recorder));
            }

            var provisioning = symbols.Provisioning == null ? null : new ProvisioningAdapter(symbols.Provisioning, core, evaluator, recorder);
            if (provisioning != null)
            {
                evaluator.Use(provisioning);
            }

            evaluator.Exec(block);

            // A declarative program deploys its resources as they stand once the code has run.
            provisioning?.Complete();
            return recorder.Finish(follower);
        }
    }
}
