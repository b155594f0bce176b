using System.Linq;
using Peering.Templates.Bicep;

namespace Peering.Templates.Tests.Bicep
{
    /// <summary>The registry references Bicep restores when it compiles a file, found without Bicep.</summary>
    public sealed class RegistryReferencesTests
    {
        [Fact]
        public void Modules_imports_extensions_and_using_declarations_that_name_a_registry_are_found_at_their_lines()
        {
            using var folder = new ScratchFolder();
            var main = folder.Write("main.bicep", """
                extension 'br:contoso.azurecr.io/extensions/graph:1.0.0'
                import { prefixes } from 'br/team:shared/types:2.0.0'
                import * as local from 'types.bicep'

                module hub 'br/public:avm/res/network/virtual-network:0.5.0' = {
                  name: 'hub'
                }
                module spec
                  'ts:00000000-0000-0000-0000-000000000000/rg/spoke:1.0' = {
                  name: 'spec'
                }
                var notAModule = 'br:looks.like/a:reference'
                """);

            var found = RegistryReferences.Of(main);

            Assert.Equal(
                new[]
                {
                    ("br:contoso.azurecr.io/extensions/graph:1.0.0", true, 1),
                    ("br/team:shared/types:2.0.0", false, 2),
                    ("br/public:avm/res/network/virtual-network:0.5.0", false, 5),
                    ("ts:00000000-0000-0000-0000-000000000000/rg/spoke:1.0", false, 8),
                },
                found.Select(r => (r.Reference, r.IsExtension, r.Line)));
            Assert.All(found, r => Assert.Equal(main, r.DeclaringFile));
        }

        [Fact]
        public void References_in_local_modules_at_any_depth_are_placed_at_the_declaration_of_the_checked_file_that_leads_to_them()
        {
            using var folder = new ScratchFolder();
            folder.Write("modules/spokes.bicep", "module inner 'inner/net.bicep' = {\n  name: 'inner'\n}\n");
            folder.Write("modules/inner/net.bicep", "module net 'br:contoso.azurecr.io/net:1.0.0' = {\n  name: 'net'\n}\n");
            var main = folder.Write("main.bicep", "// spokes\n\nmodule spokes 'modules/spokes.bicep' = {\n  name: 'spokes'\n}\n");

            var found = Assert.Single(RegistryReferences.Of(main));

            Assert.Equal(new RegistryReference("br:contoso.azurecr.io/net:1.0.0", false, main, 3), found);
        }

        [Fact]
        public void A_bicepparam_file_names_its_registry_template_and_the_bases_it_extends()
        {
            using var folder = new ScratchFolder();
            folder.Write("base.bicepparam", "using none\nextends 'br:contoso.azurecr.io/params/base:1'\n");
            var parameters = folder.Write("main.bicepparam", "using 'br/public:avm/res/network/virtual-network:0.5.0'\nextends 'base.bicepparam'\nparam name = 'x'\n");

            Assert.Equal(
                new[] { ("br/public:avm/res/network/virtual-network:0.5.0", 1), ("br:contoso.azurecr.io/params/base:1", 2) },
                RegistryReferences.Of(parameters).Select(r => (r.Reference, r.Line)));
        }

        [Fact]
        public void Modules_that_use_each_other_in_a_circle_and_missing_files_end_the_search()
        {
            using var folder = new ScratchFolder();
            folder.Write("a.bicep", "module b 'b.bicep' = {\n  name: 'b'\n}\nmodule gone 'missing.bicep' = {\n  name: 'gone'\n}\n");
            folder.Write("b.bicep", "module a 'a.bicep' = {\n  name: 'a'\n}\nmodule net 'br:contoso.azurecr.io/net:1.0.0' = {\n  name: 'net'\n}\n");
            var main = folder.Write("main.bicep", "module a 'a.bicep' = {\n  name: 'a'\n}\nmodule self 'main.bicep' = {\n  name: 'self'\n}\n");

            Assert.Equal(new[] { "br:contoso.azurecr.io/net:1.0.0" }, RegistryReferences.Of(main).Select(r => r.Reference));
        }

        [Fact]
        public void A_file_that_cannot_be_read_names_nothing()
        {
            using var folder = new ScratchFolder();

            Assert.Empty(RegistryReferences.Of(folder.Combine("missing.bicep")));
        }
    }
}
