using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// The values of a root module's variables from <c>.tfvars</c> files, in Terraform's order (later wins):
    /// <c>terraform.tfvars</c>, <c>terraform.tfvars.json</c>, <c>*.auto.tfvars</c> and <c>*.auto.tfvars.json</c> in name
    /// order, then each <c>--var-file</c> in the order given. <c>TF_VAR_*</c> environment variables are not read: the
    /// check must give the same answer on every machine.
    /// </summary>
    internal static class VariableFiles
    {
        public static IReadOnlyDictionary<string, TfValue> Read(string rootFolder, IReadOnlyList<string> varFiles, ModuleLoader loader, RootEvaluation root)
        {
            var files = loader.Files;
            var paths = new[] { ModulePaths.Combine(rootFolder, "terraform.tfvars"), ModulePaths.Combine(rootFolder, "terraform.tfvars.json") }
                .Concat(files.FilesEndingWith(rootFolder, ".auto.tfvars").Concat(files.FilesEndingWith(rootFolder, ".auto.tfvars.json")).OrderBy(p => ModulePaths.FileName(p), System.StringComparer.Ordinal))
                .Concat(varFiles);
            var values = new Dictionary<string, TfValue>(System.StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var text = files.ReadText(path);
                var body = text == null ? null : loader.Parse(new SourceText(path, text), values: true);
                if (body == null)
                {
                    continue;
                }

                foreach (var attribute in body.Attributes)
                {
                    values[attribute.Name] = root.EvaluateOrUnknown(attribute, new EvalContext(EmptyScope.Instance, root.Evaluator, attribute.File), "var." + attribute.Name + " in " + path);
                }
            }

            return values;
        }
    }
}
