using System;
using System.Collections.Generic;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// How the strings of a template taken from an Azure Policy definition (a <c>deployIfNotExists</c> deployment) read.
    /// Such a template passes through more evaluators than ARM's own: the deployment that creates the policy definition
    /// (when the definition is a resource of a template, every string in it is evaluated there, so the template's own
    /// expressions are escaped with one more <c>[</c>), then the policy engine, which evaluates the deployment's parameter
    /// values against the policy's parameters and <c>field()</c> at assignment time, then the deployment of the template.
    /// </summary>
    internal sealed class PolicyEmbedding
    {
        private readonly bool escaped;
        private readonly EvaluationContext? outer;
        private readonly bool policyLevel;

        private PolicyEmbedding(bool escaped, EvaluationContext? outer, bool policyLevel)
        {
            this.escaped = escaped;
            this.outer = outer;
            this.policyLevel = policyLevel;
        }

        /// <summary>
        /// A definition that is a resource of a template: its strings are escaped, and a string that is not is an
        /// expression of the template around it, evaluated in <paramref name="outer"/>.
        /// </summary>
        public static PolicyEmbedding InTemplate(EvaluationContext outer) => new PolicyEmbedding(escaped: true, outer, policyLevel: false);

        /// <summary>
        /// A definition file as Azure stores it, or as a repository keeps it for a template to embed (escaped): the
        /// escaped form is recognised when the deployment's strings start with <c>[[</c> and none is a plain
        /// expression, which an ARM deployment of the file would have to evaluate.
        /// </summary>
        public static PolicyEmbedding Standalone(SourceNode deployment) => new PolicyEmbedding(IsEscaped(deployment), outer: null, policyLevel: false);

        /// <summary>The same strings as the policy engine reads the deployment's parameter values: an expression there is an assignment-time value.</summary>
        public PolicyEmbedding AtPolicyLevel() => new PolicyEmbedding(escaped, outer, policyLevel: true);

        /// <summary>The text as the policy definition stores it: one level of escaping removed when the strings are escaped.</summary>
        public string Stored(string text) =>
            escaped && text.StartsWith("[[", StringComparison.Ordinal) ? text.Substring(1) : text;

        /// <summary>
        /// The value of <paramref name="text"/> when the embedding decides it; otherwise null, with
        /// <paramref name="text"/> rewritten to what ARM evaluates when it deploys the template.
        /// </summary>
        public ArmValue? Read(ref string text, SourceNode at)
        {
            if (escaped && !text.StartsWith("[[", StringComparison.Ordinal) && TemplateExpressions.IsExpression(text))
            {
                // Evaluated by the deployment that creates the definition: its value is written into the definition.
                return outer == null ? ArmUnknown.Instance : TemplateExpressions.EvaluateString(text, outer, at);
            }

            text = Stored(text);
            if (policyLevel)
            {
                return TemplateExpressions.IsExpression(text) ? ArmUnknown.Instance : null;
            }

            // Still escaped: an expression left for a later stage (a nested deployment, the policy engine) that the
            // reader does not follow. Taking it for the literal text would report names and ids that are not so.
            return text.StartsWith("[[", StringComparison.Ordinal) && text.EndsWith("]", StringComparison.Ordinal) ? ArmUnknown.Instance : null;
        }

        private static bool IsEscaped(SourceNode deployment)
        {
            var escapedSeen = false;
            var pending = new Stack<SourceNode>();
            pending.Push(deployment);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (node.Kind == SourceNodeKind.String)
                {
                    if (node.Text!.StartsWith("[[", StringComparison.Ordinal))
                    {
                        escapedSeen = true;
                    }
                    else if (TemplateExpressions.IsExpression(node.Text))
                    {
                        return false;
                    }
                }

                foreach (var property in node.Properties)
                {
                    pending.Push(property.Value);
                }

                foreach (var item in node.Items)
                {
                    pending.Push(item);
                }
            }

            return escapedSeen;
        }
    }
}
