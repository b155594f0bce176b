using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts;
using Peering.Analyzers.Symbols;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.Analyzers.Tests.Robustness;

namespace Peering.Analyzers.Tests.Facts
{
    /// <summary>
    /// The code the analyzers find from syntax, and the filter that spares them from binding code that cannot touch the
    /// SDK, must never drop code that does: dropped code is a missed diagnostic. Checked against the operation blocks the
    /// compiler binds for every test program.
    /// </summary>
    public sealed class SdkCodeFilterTests
    {
        private const string Usings = "using System.Collections.Generic;\nusing System.Threading.Tasks;\nusing Azure;\nusing Azure.Core;\nusing Azure.ResourceManager;\nusing Azure.ResourceManager.Network;\nusing Azure.ResourceManager.Network.Models;\nusing Azure.ResourceManager.Resources;\n";

        public static IEnumerable<object[]> Programs() =>
            RobustnessInputs.All.SelectMany(i => AzureSdk.Shapes.Select(shape => new object[] { i.Name, shape }));

        public static TheoryData<SdkShape> Shapes() => new(AzureSdk.Shapes);

        [Theory]
        [MemberData(nameof(Programs))]
        public async Task Every_block_that_touches_the_SDK_passes_the_filter(string inputName, SdkShape shape)
        {
            var blocks = await ClassifyAsync(RobustnessInputs.Get(inputName).Compile(shape));

            Assert.Empty(blocks.Where(b => b.TouchesSdk && !b.MayTouchSdk).Select(b => b.Owner));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task Sdk_values_reached_only_through_members_aliases_and_imports_pass_the_filter(SdkShape shape)
        {
            var blocks = await ClassifyAsync(AnalyzerRunner.Compile(Usings + @"
using PeeringBody = Azure.ResourceManager.Network.VirtualNetworkPeeringData;
class Plan { public VirtualNetworkResource Hub { get; set; } = null!; }
class Deployment
{
    private readonly VirtualNetworkPeeringCollection peerings = null!;
    private readonly List<VirtualNetworkResource> spokes = new();
    Plan plan = new();
    Task ThroughField() => peerings.CreateOrUpdateAsync(WaitUntil.Completed, ""a"", null!);
    object ThroughGenericField() => spokes[0];
    ResourceIdentifier ThroughUserProperty() => plan.Hub.Id;
    object ThroughAlias() => new PeeringBody();
}
class Holder<T> where T : VirtualNetworkResource
{
    private readonly T network = null!;
    object ThroughConstraint() => network.GetVirtualNetworkPeerings();
}", shape));

            foreach (var owner in new[] { "ThroughField", "ThroughGenericField", "ThroughUserProperty", "ThroughAlias", "ThroughConstraint" })
            {
                var block = Assert.Single(blocks, b => b.Owner.Contains("." + owner, System.StringComparison.Ordinal));
                Assert.True(block.TouchesSdk, owner);
                Assert.True(block.MayTouchSdk, owner);
            }
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_file_reaching_the_SDK_only_through_names_declared_in_another_file_is_read(SdkShape shape)
        {
            var declarations = Usings + "record Pair(VirtualNetworkResource Hub, VirtualNetworkResource Spoke);\nclass Registry { public List<Pair> Pairs { get; } = new(); }";
            var user = "class Deployment\n{\n    private readonly Registry registry = new();\n    object FirstHub() { var (hub, _) = registry.Pairs[0]; return hub; }\n}";
            var compilation = AnalyzerRunner.Compile(declarations, shape).AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(user, path: "/src/Deployment.cs"));

            var block = Assert.Single(await ClassifyAsync(compilation), b => b.Owner == "Deployment.FirstHub()");

            Assert.True(block.TouchesSdk && block.MayTouchSdk, block.ToString());
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task Code_in_every_kind_of_declaration_is_found(SdkShape shape)
        {
            var program = Usings + @"
var topLevel = new VirtualNetworkPeeringData();
class Base { public Base(object o) { } }
class Primary(VirtualNetworkPeeringData data) : Base(data.RemoteVirtualNetworkId!) { }
class Kinds : Base
{
    static readonly VirtualNetworkPeeringData Field = new() { AllowGatewayTransit = true };
    static VirtualNetworkPeeringData Initialized { get; } = new();
    static VirtualNetworkPeeringData ExpressionBodied => new();
    static VirtualNetworkPeeringData WithAccessor { get { return new(); } }
    VirtualNetworkPeeringData this[int i] => new();
    Kinds() : base(new VirtualNetworkPeeringData()) { }
    static VirtualNetworkPeeringData Method() => new();
    static VirtualNetworkPeeringData operator +(Kinds a, Kinds b) => new();
}";
            var blocks = await ClassifyAsync(AnalyzerRunner.Compile(program, shape).WithOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication)));

            var expected = new[] { "<top-level-statements-entry-point>", "Primary.Primary(", "Kinds.Field", "Kinds.Initialized", "Kinds.ExpressionBodied.get", "Kinds.WithAccessor.get", "Kinds.this[int].get", "Kinds.Kinds()", "Kinds.Method()", "Kinds.operator +(" };
            foreach (var owner in expected)
            {
                var block = Assert.Single(blocks, b => b.Owner.StartsWith(owner, System.StringComparison.Ordinal));
                Assert.True(block.TouchesSdk && block.MayTouchSdk, block.ToString());
            }
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task Code_that_names_nothing_of_the_SDK_is_not_bound(SdkShape shape)
        {
            var blocks = await ClassifyAsync(AnalyzerRunner.Compile(Usings + @"
record Order(int Id, string Customer, decimal Total);
class OrderService
{
    private readonly List<Order> orders = new();
    public decimal Revenue() => orders.Sum(o => o.Total);
    public string Describe(Order order) => $""{order.Id}: {order.Customer}"";
    public IEnumerable<Order> For(string customer) { foreach (var o in orders) { if (o.Customer == customer) yield return o; } }
}
class Networks
{
    private readonly VirtualNetworkCollection networks = null!;
    public int Count() => 3;
}", shape));

            Assert.Contains(blocks, b => b.Owner.EndsWith(".Revenue()"));
            Assert.All(blocks.Where(b => b.Owner.StartsWith("OrderService") || b.Owner.EndsWith(".Count()")), b => Assert.False(b.MayTouchSdk, b.Owner));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_static_import_of_an_sdk_type_lets_every_block_of_its_file_through(SdkShape shape)
        {
            var blocks = await ClassifyAsync(AnalyzerRunner.Compile(Usings + @"
using static Azure.ResourceManager.Network.NetworkExtensions;
class Deployment
{
    object Networks(ResourceGroupResource rg) => GetVirtualNetworks(rg);
    int Unrelated() => 1;
}", shape));

            Assert.All(blocks, b => Assert.True(b.MayTouchSdk, b.Owner));
        }

        /// <summary>Each code block of the compilation: whether the filter lets it through, and whether its operations really touch the SDK.</summary>
        private static async Task<IReadOnlyList<BlockVerdict>> ClassifyAsync(Compilation compilation)
        {
            var probe = new FilterProbe();
            var result = await AnalyzerRunner.RunAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(probe), new Dictionary<string, string>(), concurrentAnalysis: false);
            Assert.Empty(result.Exceptions);
            return probe.MayTouch.Keys.Union(probe.Touches.Keys)
                .Select(owner => new BlockVerdict(owner, probe.MayTouch.GetValueOrDefault(owner), probe.Touches.ContainsKey(owner)))
                .OrderBy(b => b.Owner, System.StringComparer.Ordinal)
                .ToArray();
        }

        private sealed record BlockVerdict(string Owner, bool MayTouchSdk, bool TouchesSdk);

#pragma warning disable RS1025, RS1026, RS1036, RS1041, RS2008

        /// <summary>Records the filter's verdict on the code it finds in each tree, and the truth from the operation blocks the compiler binds.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class FilterProbe : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Unused = new("PROBE001", "Probe", "Probe", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            public ConcurrentDictionary<string, bool> MayTouch { get; } = new();

            public ConcurrentDictionary<string, bool> Touches { get; } = new();

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

            public override void Initialize(AnalysisContext context) =>
                context.RegisterCompilationStartAction(start =>
                {
                    var libraries = SdkLibraries.TryCreate(start.Compilation)!;
                    var filter = SdkCodeFilter.For(start.Compilation, libraries, start.CancellationToken);
                    start.RegisterSemanticModelAction(tree =>
                    {
                        foreach (var code in ExecutableCode.In(tree.SemanticModel.SyntaxTree.GetRoot(), tree.CancellationToken))
                        {
                            var mayTouch = filter.MayTouchSdk(tree.SemanticModel.SyntaxTree) && filter.MayTouchSdk(code);
                            MayTouch.AddOrUpdate(Key(code.Owner(tree.SemanticModel, tree.CancellationToken)!), mayTouch, (_, before) => before || mayTouch);
                        }
                    });
                    start.RegisterOperationBlockAction(block =>
                    {
                        if (block.OperationBlocks.SelectMany(o => o.DescendantsAndSelf()).Any(o => IsSdk(o.Type) || (o is IInvocationOperation call && IsSdk(call.TargetMethod.ContainingType))))
                        {
                            Touches[Key(block.OwningSymbol)] = true;
                        }
                    });
                });

            private static string Key(ISymbol owner) => owner.ToDisplayString();

            private static bool IsSdk(ITypeSymbol? type) => type?.ContainingAssembly?.Name is "Azure.ResourceManager.Network" or "Azure.Provisioning.Network" or "Pulumi.AzureNative" or "Pulumi.Azure";
        }
#pragma warning restore RS1025, RS1026, RS1036, RS1041, RS2008
    }
}
