using Peering.Terraform.Syntax;

namespace Peering.Terraform.Evaluation
{
    /// <summary>What the names of an expression mean: <c>var</c>, <c>local</c>, resources, modules of one module instance.</summary>
    internal interface IScope
    {
        /// <summary>The value of a root name that is not a local symbol; throws <see cref="TfEvaluationException"/> when it names nothing.</summary>
        TfValue Resolve(string name);

        /// <summary>
        /// False where Terraform evaluates an expression without a context (a variable's default, a <c>.tfvars</c> value, a
        /// value given as text): a function call is an error there, for Terraform and for the reader.
        /// </summary>
        bool CallsFunctions => true;
    }

    /// <summary>
    /// Where an expression is evaluated: its module instance's names, the file it is written in, and the symbols in
    /// force (<c>each</c>, <c>count</c>, <c>for</c> variables, a <c>dynamic</c> block's iterator, a splat's element).
    /// Immutable: each symbol makes a new context.
    /// </summary>
    internal sealed class EvalContext
    {
        private readonly Symbol? symbols;

        public EvalContext(IScope scope, Evaluator evaluator, SourceText file)
            : this(scope, evaluator, file, null)
        {
        }

        private EvalContext(IScope scope, Evaluator evaluator, SourceText file, Symbol? symbols)
        {
            Scope = scope;
            Evaluator = evaluator;
            File = file;
            this.symbols = symbols;
        }

        public IScope Scope { get; }

        public Evaluator Evaluator { get; }

        public SourceText File { get; }

        /// <summary>A context with <paramref name="key"/> (a name, or a splat's item node) bound to <paramref name="value"/>.</summary>
        public EvalContext With(object key, TfValue value) => new EvalContext(Scope, Evaluator, File, new Symbol(key, value, symbols));

        /// <summary>The same symbols for an expression of another file (a block's attributes are in the block's file).</summary>
        public EvalContext In(SourceText file) => ReferenceEquals(file, File) ? this : new EvalContext(Scope, Evaluator, file, symbols);

        public bool TryGetSymbol(object key, out TfValue value)
        {
            for (var symbol = symbols; symbol != null; symbol = symbol.Next)
            {
                if (Equals(symbol.Key, key))
                {
                    value = symbol.Value;
                    return true;
                }
            }

            value = TfNull.Instance;
            return false;
        }

        public TfValue Evaluate(Expression expression) => Evaluator.Evaluate(expression, this);

        private sealed record Symbol(object Key, TfValue Value, Symbol? Next);
    }
}
