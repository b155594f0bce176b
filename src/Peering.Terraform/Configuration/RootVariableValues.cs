using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// The values a root module's variables are given, in Terraform's order (later wins): <c>TF_VAR_</c> environment
    /// variables (when the run reads them), <c>terraform.tfvars</c>, <c>terraform.tfvars.json</c>, <c>*.auto.tfvars</c>
    /// and <c>*.auto.tfvars.json</c> in name order, then the run's variable files and values in the order given.
    /// </summary>
    internal static class RootVariableValues
    {
        public static IReadOnlyDictionary<string, TfValue> Read(ModuleDefinition module, TerraformInputs inputs, ModuleLoader loader, RootEvaluation root)
        {
            var values = new Dictionary<string, TfValue>(System.StringComparer.Ordinal);
            foreach (var (name, text) in inputs.EnvironmentVariables.OrderBy(v => v.Key, System.StringComparer.Ordinal))
            {
                ReadText(module, name, text, "TF_VAR_" + name, root, values);
            }

            var files = loader.Files;
            var ownFiles = new[] { ModulePaths.Combine(module.Folder, "terraform.tfvars"), ModulePaths.Combine(module.Folder, "terraform.tfvars.json") }
                .Concat(files.FilesEndingWith(module.Folder, ".auto.tfvars").Concat(files.FilesEndingWith(module.Folder, ".auto.tfvars.json")).OrderBy(p => ModulePaths.FileName(p), System.StringComparer.Ordinal));
            foreach (var path in ownFiles)
            {
                ReadFile(path, loader, root, values);
            }

            foreach (var argument in inputs.Variables)
            {
                if (argument.FilePath != null)
                {
                    ReadFile(argument.FilePath, loader, root, values);
                }
                else
                {
                    ReadText(module, argument.Name!, argument.Text!, "--var " + argument.Name, root, values);
                }
            }

            return values;
        }

        private static void ReadFile(string path, ModuleLoader loader, RootEvaluation root, Dictionary<string, TfValue> values)
        {
            var text = loader.Files.ReadText(path);
            var body = text == null ? null : loader.Parse(new SourceText(path, text), values: true);
            foreach (var attribute in body?.Attributes ?? Enumerable.Empty<Attribute>())
            {
                values[attribute.Name] = root.EvaluateOrUnknown(attribute, new EvalContext(EmptyScope.Instance, root.Evaluator, attribute.File), "var." + attribute.Name + " in " + path);
            }
        }

        /// <summary>
        /// A value given as text (<c>TF_VAR_name</c>, <c>--var name=value</c>), read as Terraform reads it for the type the
        /// root module declares: the text itself for a variable of type <c>string</c>, <c>number</c> or <c>bool</c> or of
        /// none (converted like any value), else an HCL expression of literal values (<c>["10.1.0.0/16"]</c>,
        /// <c>{ transit = true }</c>). A variable the module does not declare takes nothing: another root module of the run
        /// may declare it.
        /// </summary>
        private static void ReadText(ModuleDefinition module, string name, string text, string source, RootEvaluation root, Dictionary<string, TfValue> values)
        {
            if (!module.Variables.TryGetValue(name, out var variable))
            {
                return;
            }

            if (variable.Body.Attribute("type")?.Expression is null or VariableExpression { Name: "string" or "number" or "bool" })
            {
                values[name] = new TfString(text);
                return;
            }

            var file = new SourceText("<value for var." + name + ">", text);
            try
            {
                values[name] = root.Evaluator.Evaluate(HclParser.ParseExpressionText(file), new EvalContext(EmptyScope.Instance, root.Evaluator, file));
            }
            catch (System.Exception error) when (error is HclSyntaxException || error is TfEvaluationException)
            {
                // Terraform stops here; the value is not known, and neither is what the default would have been instead.
                root.Notes.Note(root.Location(variable), "The value of var." + name + " in " + source + " could not be read (" + error.Message + "), so the checks that need it were skipped");
                values[name] = TfUnknown.Instance;
            }
        }
    }
}
