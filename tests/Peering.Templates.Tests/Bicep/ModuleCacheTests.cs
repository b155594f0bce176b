using System;
using System.IO;
using Peering.Templates.Bicep;

namespace Peering.Templates.Tests.Bicep
{
    /// <summary>
    /// Where Bicep 0.49.2 keeps a registry module in its local cache. The folder names are written out by hand from
    /// Bicep's rules (its TagEncoder tests give the same encodings); the tests with the real Bicep CLI, in
    /// Peering.Cli.Tests, show that Bicep compiles from such a cache.
    /// </summary>
    public sealed class ModuleCacheTests
    {
        [Theory]
        [InlineData("1.0.0", "1.0.0$")]
        [InlineData("v1", "v1$")]
        [InlineData("V1", "V1$1")]
        [InlineData("AbCd", "AbCd$5")]
        [InlineData("ABCDABCDABCDABCDAB", "ABCDABCDABCDABCDAB$3ffff")]
        [InlineData("", "$")]
        public void A_tag_is_followed_by_the_bit_set_of_its_capitals(string tag, string folder) =>
            Assert.Equal(folder, ModuleCache.EncodeTag(tag));

        [Fact]
        public void Capitals_past_the_first_64_letters_go_into_a_higher_word_and_the_lower_word_keeps_its_zeros()
        {
            var tag = new string('a', 64) + "B";

            Assert.Equal(tag + "$10000000000000000", ModuleCache.EncodeTag(tag));
        }

        [Fact]
        public void A_module_of_a_registry_is_in_a_folder_per_registry_repository_and_tag()
        {
            using var folder = new ScratchFolder();
            folder.Write("bicepconfig.json", Config(folder.Combine("cache")));
            var expected = folder.Combine("cache/br/contoso.azurecr.io$5000/modules$network$spoke/V2$1");

            Assert.Equal(new CachedModule(expected, false), Locate(folder, "br:Contoso.azurecr.io:5000/modules/network/spoke:V2"));
            Write(expected, "main.json", "manifest");
            Assert.False(Locate(folder, "br:Contoso.azurecr.io:5000/modules/network/spoke:V2").IsCached);
            Write(expected, "metadata");
            Assert.True(Locate(folder, "br:Contoso.azurecr.io:5000/modules/network/spoke:V2").IsCached);
        }

        [Fact]
        public void A_digest_names_the_folder_with_a_hash_sign()
        {
            using var folder = new ScratchFolder();
            folder.Write("bicepconfig.json", Config(folder.Combine("cache")));

            var digest = new string('0', 60) + "abcd";

            Assert.Equal(
                folder.Combine("cache/br/contoso.azurecr.io/spoke/sha256#" + digest),
                Locate(folder, "br:contoso.azurecr.io/spoke@sha256:" + digest).Folder);
        }

        [Fact]
        public void Aliases_come_from_the_configuration_and_br_public_is_built_in()
        {
            using var folder = new ScratchFolder();
            folder.Write("bicepconfig.json", """
                {
                  // comments and trailing commas are allowed, as Bicep allows them
                  "cacheRootDirectory": "CACHE",
                  "moduleAliases": {
                    "br": { "team": { "registry": "team.azurecr.io", "modulePath": "bicep/network" } },
                    "ts": { "specs": { "subscription": "00000000-0000-0000-0000-00000000000A", "resourceGroup": "Specs-RG" } },
                  },
                }
                """.Replace("CACHE", folder.Combine("cache").Replace("\\", "\\\\")));

            Assert.Equal(folder.Combine("cache/br/team.azurecr.io/bicep$network$spoke/1.0.0$"), Locate(folder, "br/team:spoke:1.0.0").Folder);
            Assert.Equal(folder.Combine("cache/br/mcr.microsoft.com/bicep$avm$res$network$virtual-network/0.5.0$"), Locate(folder, "br/public:avm/res/network/virtual-network:0.5.0").Folder);
            Assert.Equal(folder.Combine("cache/ts/00000000-0000-0000-0000-00000000000a/specs-rg/spoke/v1.0"), Locate(folder, "ts/specs:Spoke:V1.0").Folder);
            Assert.Equal(folder.Combine("cache/ts/sub/rg/spoke/1.0"), Locate(folder, "ts:Sub/RG/spoke:1.0").Folder);
        }

        [Fact]
        public void A_template_spec_is_cached_with_its_main_json_alone()
        {
            using var folder = new ScratchFolder();
            folder.Write("bicepconfig.json", Config(folder.Combine("cache")));
            folder.Write("cache/ts/sub/rg/spoke/1.0/main.json", "{}");

            Assert.True(Locate(folder, "ts:sub/rg/spoke:1.0").IsCached);
        }

        [Fact]
        public void An_extension_is_cached_with_its_types_archive()
        {
            using var folder = new ScratchFolder();
            folder.Write("bicepconfig.json", Config(folder.Combine("cache")));
            Write(folder.Combine("cache/br/contoso.azurecr.io/graph/1.0.0$"), "types.tgz", "manifest", "metadata");
            var file = folder.Write("main.bicep", string.Empty);

            Assert.True(ModuleCache.Locate(new RegistryReference("br:contoso.azurecr.io/graph:1.0.0", true, file, 1)).IsCached);
            Assert.False(ModuleCache.Locate(new RegistryReference("br:contoso.azurecr.io/graph:1.0.0", false, file, 1)).IsCached);
        }

        [Fact]
        public void The_nearest_configuration_applies_and_without_one_the_cache_is_in_the_home_folder()
        {
            using var folder = new ScratchFolder();
            folder.Write("estate/bicepconfig.json", Config(folder.Combine("estate-cache")));
            var inner = folder.Write("estate/spokes/main.bicep", string.Empty);
            var outside = folder.Write("other/main.bicep", string.Empty);
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

            Assert.Equal(folder.Combine("estate-cache/br/r.azurecr.io/m/1$"), ModuleCache.Locate(new RegistryReference("br:r.azurecr.io/m:1", false, inner, 1)).Folder);
            Assert.Equal(Path.Combine(home, ".bicep", "br", "r.azurecr.io", "m", "1$"), ModuleCache.Locate(new RegistryReference("br:r.azurecr.io/m:1", false, outside, 1)).Folder);
        }

        [Fact]
        public void A_cache_root_starting_with_a_tilde_is_in_the_home_folder()
        {
            using var folder = new ScratchFolder();
            folder.Write("bicepconfig.json", """{ "cacheRootDirectory": "~/modules" }""");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

            Assert.Equal(home + "/modules" + Path.DirectorySeparatorChar + Path.Combine("br", "r.azurecr.io", "m", "1$"), Locate(folder, "br:r.azurecr.io/m:1").Folder);
        }

        [Theory]
        [InlineData("""{ "cacheRootDirectory": "relative/cache" }""", "br:r.azurecr.io/m:1")]
        [InlineData("""{ "cacheRootDirectory": 5 }""", "br:r.azurecr.io/m:1")]
        [InlineData("""{ "extends": "../shared.json" }""", "br:r.azurecr.io/m:1")]
        [InlineData("""{ "cacheRootDirectory": """, "br:r.azurecr.io/m:1")]
        [InlineData("{}", "br/unknown:m:1")]
        [InlineData("{}", "br:no-repository")]
        [InlineData("{}", "br:r.azurecr.io/m")]
        [InlineData("{}", "br:r.azurecr.io/../../m:1")]
        [InlineData("{}", "br:r.azurecr.io/Upper/m:1")]
        [InlineData("{}", "br:r.azurecr.io/m:-tag")]
        [InlineData("{}", "br:r.azurecr.io/m@sha256:short")]
        [InlineData("{}", "ts:only/two:1")]
        [InlineData("{}", "ts/unknown:spec:1")]
        public void What_Bicep_would_reject_or_resolve_another_way_is_left_to_Bicep(string configuration, string reference)
        {
            using var folder = new ScratchFolder();
            folder.Write("bicepconfig.json", configuration);

            Assert.Equal(CachedModule.Unknown, Locate(folder, reference));
        }

        private static CachedModule Locate(ScratchFolder folder, string reference) =>
            ModuleCache.Locate(new RegistryReference(reference, false, folder.Write("main.bicep", string.Empty), 1));

        private static string Config(string cacheRoot) => "{ \"cacheRootDirectory\": \"" + cacheRoot.Replace("\\", "\\\\") + "\" }";

        private static void Write(string folder, params string[] files)
        {
            Directory.CreateDirectory(folder);
            foreach (var file in files)
            {
                File.WriteAllText(Path.Combine(folder, file), "x");
            }
        }
    }
}
