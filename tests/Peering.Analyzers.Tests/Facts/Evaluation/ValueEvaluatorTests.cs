using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Facts.Evaluation
{
    /// <summary>
    /// The value evaluator on its own, with no library: what plain C# evaluates to. Each test calls <c>Probe.See(x)</c>
    /// where it wants to know a value, and a probe adapter records what the evaluator says <c>x</c> is at that point.
    /// </summary>
    public sealed class ValueEvaluatorTests
    {
        private const string ProbeClass = @"
static class Probe
{
    public static void See(object value) { }
}
";

        [Fact]
        public void Literals_constants_interpolation_and_concatenation_are_known_and_parameters_are_not()
        {
            var seen = See(@"
class C
{
    const string Hub = ""hub"";
    void M(string parameter)
    {
        Probe.See(""literal"");
        Probe.See(Hub);
        Probe.See($""{Hub}-to-{""spoke""}"");
        Probe.See(Hub + ""-rg"");
        Probe.See(true);
        Probe.See(parameter);
        Probe.See($""{parameter}-to-hub"");
    }
}");

            Assert.Equal(new[] { "literal", "hub", "hub-to-spoke", "hub-rg", "True", "?", "?" }, seen);
        }

        [Fact]
        public void A_local_is_known_after_a_write_that_certainly_runs_and_unknown_after_one_in_a_branch()
        {
            var seen = See(@"
class C
{
    void M(bool condition)
    {
        var name = ""first"";
        Probe.See(name);
        name = ""second"";
        Probe.See(name);
        if (condition)
        {
            name = ""third"";
        }

        Probe.See(name);
        Probe.See(condition ? ""a"" : ""b"");
    }
}");

            Assert.Equal(new[] { "first", "second", "?", "?" }, seen);
        }

        [Fact]
        public void A_loop_over_known_tuples_runs_once_per_element_and_any_other_loop_is_a_branch()
        {
            var seen = See(@"
class C
{
    void M(string[] names)
    {
        foreach (var (from, to) in new[] { (""hub"", ""spoke""), (""spoke"", ""hub"") })
        {
            Probe.See(from + ""-to-"" + to);
        }

        var last = ""none"";
        foreach (var name in names)
        {
            last = name;
        }

        Probe.See(last);
    }
}");

            Assert.Equal(new[] { "hub-to-spoke", "spoke-to-hub", "?" }, seen);
        }

        [Fact]
        public void A_value_captured_by_a_lambda_is_unknown_afterwards()
        {
            var seen = See(@"
class C
{
    void M()
    {
        var name = ""hub"";
        System.Action change = () => name = ""other"";
        Probe.See(name);
    }
}");

            Assert.Equal(new[] { "?" }, seen);
        }

        private static IReadOnlyList<string> See(string code)
        {
            var bodies = new MethodBodies(ProbeClass + code);
            var evaluator = new ValueEvaluator(new CallFollower(null, default));
            var probe = new ProbeAdapter(evaluator);
            evaluator.Use(probe);
            evaluator.Exec(bodies.Body("M"));
            return probe.Seen;
        }

        /// <summary>A library of one method, <c>Probe.See</c>, whose argument's value it records ("?" when unknown).</summary>
        private sealed class ProbeAdapter : ISdkAdapter
        {
            private readonly ValueEvaluator evaluator;

            public ProbeAdapter(ValueEvaluator evaluator) => this.evaluator = evaluator;

            public List<string> Seen { get; } = new List<string>();

            public bool TryInvoke(IInvocationOperation invocation, out Value? result)
            {
                result = null;
                if (invocation.TargetMethod.ContainingType.Name != "Probe")
                {
                    return false;
                }

                Seen.Add(evaluator.Eval(invocation.Arguments.Single().Value) switch
                {
                    StringValue text => text.Text,
                    BoolValue flag => flag.Flag.ToString(),
                    _ => "?",
                });
                return true;
            }

            public bool TryCreate(IObjectCreationOperation creation, out Value? created)
            {
                created = null;
                return false;
            }

            public bool TryInvokeOn(Value receiver, IInvocationOperation invocation, out Value? result)
            {
                result = null;
                return false;
            }

            public bool TryRead(Value? instance, IPropertyReferenceOperation property, out Value? result)
            {
                result = null;
                return false;
            }

            public bool TryWrite(Value? instance, IPropertyReferenceOperation property, Value? value, ISimpleAssignmentOperation assignment) => false;

            public Value? Convert(Value? value, ITypeSymbol type) => value;

            public Value? FromOutside(ISymbol symbol, ITypeSymbol? type) => null;

            public Value? ElementOf(Value? collection) => null;
        }
    }
}
