using System;
using System.Collections.Generic;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// Values evaluated on first use, and the errors met, so neither is evaluated twice; a value that needs itself
    /// (a cycle through locals or resource attributes) is an error, never a loop.
    /// </summary>
    internal sealed class EvaluationCache
    {
        private readonly Dictionary<string, object> values = new Dictionary<string, object>(StringComparer.Ordinal);
        private readonly HashSet<string> inProgress = new HashSet<string>(StringComparer.Ordinal);

        /// <param name="describe">How an error names the value (<c>local.x</c>) when it refers to itself.</param>
        public TfValue Get(string key, Func<TfValue> evaluate, string describe)
        {
            if (values.TryGetValue(key, out var known))
            {
                return known as TfValue ?? throw (TfEvaluationException)known;
            }

            if (!inProgress.Add(key))
            {
                throw new TfEvaluationException(describe + " refers to itself through a cycle");
            }

            try
            {
                var value = evaluate();
                values[key] = value;
                return value;
            }
            catch (TfEvaluationException error)
            {
                values[key] = error;
                throw;
            }
            finally
            {
                inProgress.Remove(key);
            }
        }
    }
}
