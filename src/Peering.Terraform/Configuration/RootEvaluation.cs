using System.Collections.Generic;
using Peering.Templates;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// What the module instances of one root module share: the evaluator with its budget, the loader, the notes, and
    /// the modules <c>terraform init</c> installed (<c>.terraform/modules/modules.json</c>).
    /// </summary>
    internal sealed class RootEvaluation
    {
        public RootEvaluation(string rootFolder, ModuleLoader loader, ReaderNotes notes, InstalledModules installed)
        {
            RootFolder = rootFolder;
            Loader = loader;
            Notes = notes;
            Installed = installed;
            Evaluator = new Evaluator(new EvaluationBudget(), notes);
        }

        public string RootFolder { get; }

        public ModuleLoader Loader { get; }

        public ReaderNotes Notes { get; }

        public InstalledModules Installed { get; }

        public Evaluator Evaluator { get; }

        /// <summary>
        /// True when a module of this root could not be read: what it deploys is not known, a gateway included, so even a
        /// closed world cannot say the root's VNets have none.
        /// </summary>
        public bool MissesModules { get; set; }

        /// <summary>Evaluates an attribute, reporting an error once as PEER902 and giving unknown.</summary>
        public TfValue EvaluateOrUnknown(Attribute attribute, EvalContext context, string what)
        {
            try
            {
                return context.In(attribute.File).Evaluate(attribute.Expression);
            }
            catch (TfEvaluationException error)
            {
                Notes.Note(attribute.File.Location(attribute.NameRange), "The value of " + what + " could not be evaluated (" + error.Message + "), so the checks that need it were skipped");
                return TfUnknown.Instance;
            }
        }

        public SourceLocation Location(Block block) => block.File.Location(block.TypeRange);
    }

    /// <summary>
    /// A scope that names nothing: variable defaults, <c>.tfvars</c> values and values given as text may not refer to
    /// anything, nor call a function.
    /// </summary>
    internal sealed class EmptyScope : IScope
    {
        public static readonly EmptyScope Instance = new EmptyScope();

        public bool CallsFunctions => false;

        public TfValue Resolve(string name) => throw new TfEvaluationException("'" + name + "' cannot be referred to here");
    }
}
