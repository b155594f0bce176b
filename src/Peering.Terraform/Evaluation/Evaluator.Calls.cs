using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Evaluation.Functions;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Evaluation
{
    /// <summary>Function calls: <c>try</c> and <c>can</c>, which see errors, and the table of built-in functions.</summary>
    internal sealed partial class Evaluator
    {
        /// <summary>Functions whose value Terraform itself knows only at apply: unknown, and nothing to note.</summary>
        private static readonly HashSet<string> UnknownUntilApply = new HashSet<string>(System.StringComparer.Ordinal) { "uuid", "timestamp", "bcrypt", "plantimestamp" };

        private TfValue Call(FunctionCallExpression call, EvalContext context)
        {
            if (!context.Scope.CallsFunctions)
            {
                throw new TfEvaluationException("functions may not be called here ('" + call.Name + "')");
            }

            switch (call.Name)
            {
                case "try":
                    return Try(call, context);
                case "can":
                    return Can(call, context);
                case "templatestring":
                    return TemplateString(call, context);
            }

            if (UnknownUntilApply.Contains(call.Name))
            {
                return TfUnknown.Instance;
            }

            if (!FunctionTable.TryGet(call.Name, out var function))
            {
                Notes.NotEvaluated(context.File.Location(call.NameRange), "the function '" + call.Name + "'");
                return TfUnknown.Instance;
            }

            var arguments = call.Arguments.Select(a => Evaluate(a, context)).ToList();
            if (call.ExpandFinal && arguments.Count > 0)
            {
                var last = arguments[^1];
                if (!last.IsKnown)
                {
                    return TfUnknown.Instance;
                }

                arguments.RemoveAt(arguments.Count - 1);
                arguments.AddRange(TfConvert.ToItems(last, "the argument expanded with '...'"));
            }

            if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
            {
                throw new TfEvaluationException(call.Name + " takes " + Arity(function) + " arguments, not " + arguments.Count);
            }

            var unknown = function.Unknowns == UnknownArguments.MakeResultUnknown
                ? arguments.Any(a => a.ContainsUnknown())
                : arguments.Any(a => !a.IsKnown || a is TfLazyObject);
            return unknown ? TfUnknown.Instance : function.Body(arguments);
        }

        /// <summary><c>try(a, b, ...)</c>: the first argument that evaluates without an error; an unknown one stays unknown.</summary>
        private TfValue Try(FunctionCallExpression call, EvalContext context)
        {
            foreach (var argument in call.Arguments)
            {
                try
                {
                    return Evaluate(argument, context);
                }
                catch (TfEvaluationException)
                {
                    // Terraform's try moves on to the next argument.
                }
            }

            throw new TfEvaluationException("no argument of try evaluates without an error");
        }

        private TfValue Can(FunctionCallExpression call, EvalContext context)
        {
            if (call.Arguments.Count != 1)
            {
                throw new TfEvaluationException("can takes one argument");
            }

            try
            {
                var value = Evaluate(call.Arguments[0], context);
                return value.IsKnown ? TfBool.True : TfUnknown.Instance;
            }
            catch (TfEvaluationException)
            {
                return TfBool.False;
            }
        }

        /// <summary>
        /// <c>templatestring(template, vars)</c> (Terraform 1.9): the string read as a template whose names are the keys
        /// of <c>vars</c>; landing-zone modules build resource names from naming-convention strings this way.
        /// </summary>
        private TfValue TemplateString(FunctionCallExpression call, EvalContext context)
        {
            if (call.Arguments.Count != 2)
            {
                throw new TfEvaluationException("templatestring takes 2 arguments, not " + call.Arguments.Count);
            }

            var text = Evaluate(call.Arguments[0], context);
            var variables = Evaluate(call.Arguments[1], context);
            if (!text.IsKnown || !variables.IsKnown)
            {
                return TfUnknown.Instance;
            }

            var file = new SourceText(context.File.Path, TfConvert.ToText(text, "templatestring's template"));
            TemplateExpression template;
            try
            {
                template = HclParser.ParseTemplateText(file);
            }
            catch (HclSyntaxException error)
            {
                throw new TfEvaluationException("templatestring's template is not valid: " + error.Message);
            }

            var scope = new ObjectScope(TfConvert.ToObject(variables, "templatestring's variables"));
            return Evaluate(template, new EvalContext(scope, this, file));
        }

        /// <summary>Names that are the attributes of one object, and nothing else.</summary>
        private sealed class ObjectScope : IScope
        {
            private readonly TfObject names;

            public ObjectScope(TfObject names)
            {
                this.names = names;
            }

            public TfValue Resolve(string name) => names.Attribute(name) ?? throw new TfEvaluationException("the template names '" + name + "', which its variables do not have");
        }

        private static string Arity(TfFunction function) =>
            function.MaxArguments == TfFunction.Variadic ? "at least " + function.MinArguments
            : function.MinArguments == function.MaxArguments ? function.MinArguments.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : function.MinArguments + " to " + function.MaxArguments;
    }
}
