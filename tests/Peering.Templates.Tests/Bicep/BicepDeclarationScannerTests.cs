using System;
using System.Linq;
using System.Text;
using Peering.Templates.Bicep;

namespace Peering.Templates.Tests.Bicep
{
    /// <summary>The declarations found in Bicep text: what the deployment graph of the Bicep CLI gave before.</summary>
    public class BicepDeclarationScannerTests
    {
        [Fact]
        public void Nested_children_get_the_full_type_their_parent_and_a_body_inside_the_parent()
        {
            const string text = """
                resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
                  name: 'hub'
                  resource toA 'virtualNetworkPeerings' = {
                    name: 'to-a'
                  }
                  resource toB 'virtualNetworkPeerings@2024-05-01' = {
                    name: 'to-b'
                  }
                }
                """;

            var declarations = BicepDeclarationScanner.Scan(text);

            Assert.Equal(new[] { "hub", "toA", "toB" }, declarations.Select(d => d.SymbolicName));
            Assert.Equal(
                new[] { "Microsoft.Network/virtualNetworks", "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "Microsoft.Network/virtualNetworks/virtualNetworkPeerings" },
                declarations.Select(d => d.Type));
            Assert.Equal(new[] { (1, 1), (3, 3), (6, 3) }, declarations.Select(d => (d.Line, d.Column)));
            Assert.Null(declarations[0].Parent);
            Assert.All(declarations.Skip(1), d => Assert.Same(declarations[0], d.Parent));
            Assert.True(declarations[0].Contains(declarations[1]));
            Assert.True(declarations[0].Contains(declarations[2]));
            Assert.False(declarations[1].Contains(declarations[2]));
            Assert.Equal(text.Length, declarations[0].End);
            Assert.Equal(text.IndexOf("  }", StringComparison.Ordinal) + 3, declarations[1].End);
        }

        [Fact]
        public void Grandchildren_join_every_ancestor_type()
        {
            const string text = """
                resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
                  resource subnet 'subnets' = {
                    resource nothing 'deeper@2024-01-01' existing = {}
                  }
                }
                """;

            var grandchild = BicepDeclarationScanner.Scan(text).Single(d => d.SymbolicName == "nothing");

            Assert.Equal("Microsoft.Network/virtualNetworks/subnets/deeper", grandchild.Type);
            Assert.Equal("subnet", grandchild.Parent?.SymbolicName);
            Assert.True(grandchild.IsExisting);
        }

        [Fact]
        public void Loops_and_conditions_end_the_body_at_the_bracket_that_closes_the_value()
        {
            const string text = """
                resource peerings 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = [for (name, i) in names: if (contains(skip, [i])) {
                  name: name
                }]
                resource gated 'Microsoft.Network/virtualNetworks@2024-05-01' = if (deploy) {
                  name: 'gated'
                }
                resource after 'Microsoft.Network/routeTables@2024-05-01' = {}
                """;

            var declarations = BicepDeclarationScanner.Scan(text);

            Assert.Equal(new[] { "peerings", "gated", "after" }, declarations.Select(d => d.SymbolicName));
            Assert.Equal(text.IndexOf("}]", StringComparison.Ordinal) + 2, declarations[0].End);
            Assert.Equal(text.IndexOf("\nresource after", StringComparison.Ordinal), declarations[1].End);
            Assert.Equal(new[] { 1, 4, 7 }, declarations.Select(d => d.Line));
            Assert.All(declarations, d => Assert.Null(d.Parent));
            Assert.False(declarations[0].Contains(declarations[1]));
        }

        [Fact]
        public void Decorators_and_directives_leave_the_line_at_the_keyword()
        {
            const string text = """
                #disable-next-line PEER303
                @description('resource fake \'x\' = {')
                @batchSize(2)
                resource real 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
                  name: 'real'
                }
                """;

            var declaration = Assert.Single(BicepDeclarationScanner.Scan(text));

            Assert.Equal(("real", 4, 1, true), (declaration.SymbolicName, declaration.Line, declaration.Column, declaration.IsExisting));
        }

        [Fact]
        public void Comments_and_strings_that_look_like_declarations_or_brackets_are_skipped()
        {
            const string text = """
                // resource inLineComment 'Microsoft.Network/virtualNetworks@2024-05-01' = {
                /* resource inBlockComment 'Microsoft.Network/virtualNetworks@2024-05-01' = {
                   } } */
                var note = 'resource inString \'Microsoft.Network/virtualNetworks@2024-05-01\' = { ['
                var story = '''
                resource inMultiLine 'Microsoft.Network/virtualNetworks@2024-05-01' = {
                {{ [[ '
                '''
                var built = 'prefix-${concat('}', '{')}-${length({ a: '}' })}-suffix { ['
                resource outer 'Microsoft.Network/virtualNetworks@2024-05-01' = {
                  name: '${note}}'
                  tags: { resource: 'module x \'y\' = {' }
                  resource inner 'virtualNetworkPeerings' = {}
                }
                resource last 'Microsoft.Network/routeTables@2024-05-01' = {}
                """;

            var declarations = BicepDeclarationScanner.Scan(text);

            Assert.Equal(new[] { "outer", "inner", "last" }, declarations.Select(d => d.SymbolicName));
            Assert.Same(declarations[0], declarations[1].Parent);
            Assert.Null(declarations[2].Parent);
            Assert.Equal(text.IndexOf("}\nresource last", StringComparison.Ordinal) + 1, declarations[0].End);
        }

        [Fact]
        public void Modules_have_the_deployment_type_and_no_children()
        {
            const string text = """
                module spoke 'modules/spoke.bicep' = [for region in regions: {
                  name: 'spoke-${region}'
                  params: { location: region }
                }]
                module shared 'br/public:avm/res/network/virtual-network:0.5.0' = if (withShared) {
                  name: 'shared'
                }
                """;

            var declarations = BicepDeclarationScanner.Scan(text);

            Assert.Equal(new[] { "spoke", "shared" }, declarations.Select(d => d.SymbolicName));
            Assert.All(declarations, d => Assert.True(d.IsModule));
            Assert.All(declarations, d => Assert.Equal(BicepDeclaration.ModuleType, d.Type));
            Assert.Equal(new[] { 1, 5 }, declarations.Select(d => d.Line));
        }

        [Fact]
        public void Words_resource_and_module_outside_a_declaration_are_not_declarations()
        {
            const string text = """
                param existingVnet resource 'Microsoft.Network/virtualNetworks@2024-05-01'
                type vnetType = resource<'Microsoft.Network/virtualNetworks@2024-05-01'>.properties
                var module = { resource: 1 }
                var resources = module.resource == 1
                output resource string = 'x'
                """;

            Assert.Empty(BicepDeclarationScanner.Scan(text));
        }

        [Fact]
        public void Windows_line_ends_count_lines_and_columns_the_same()
        {
            var text = "param p string\r\nresource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {\r\n  resource child 'subnets' = {}\r\n}\r\n";

            var declarations = BicepDeclarationScanner.Scan(text);

            Assert.Equal(new[] { (2, 1), (3, 3) }, declarations.Select(d => (d.Line, d.Column)));
        }

        [Theory]
        [InlineData("resource")]
        [InlineData("resource x")]
        [InlineData("resource x 'T")]
        [InlineData("resource x 'T' existing")]
        [InlineData("resource x 'T' = {")]
        [InlineData("resource x 'T' = { resource y 'c' = [for")]
        [InlineData("}}]) resource x 'T' = }")]
        [InlineData("'unclosed ${ resource x 'T' = {")]
        [InlineData("/* unclosed resource x 'T' = {}")]
        [InlineData("''' unclosed resource x 'T' = {}")]
        [InlineData("'\\")]
        public void Malformed_text_ends_without_throwing(string text)
        {
            var declarations = BicepDeclarationScanner.Scan(text);

            Assert.All(declarations, d => Assert.InRange(d.End, d.Start, text.Length));
        }

        [Fact]
        public void An_unclosed_declaration_ends_where_its_value_starts()
        {
            var declaration = Assert.Single(BicepDeclarationScanner.Scan("resource x 'T' = {"));

            Assert.Equal(("x", "T", 0, 16), (declaration.SymbolicName, declaration.Type, declaration.Start, declaration.End));
        }

        [Fact]
        public void Pathological_text_is_scanned_to_its_end_without_inventing_declarations()
        {
            // Keywords without a declaration, unclosed brackets and interpolations: each would cost a rescan in a
            // scanner that backtracks. Speed itself is measured in bench/, not here.
            var text = new StringBuilder().Insert(0, "resource resource module m 'x ${ { [ ( ", 200_000).ToString();

            Assert.Empty(BicepDeclarationScanner.Scan(text));
        }
    }
}
