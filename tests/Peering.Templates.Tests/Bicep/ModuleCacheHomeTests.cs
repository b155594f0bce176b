using System.Diagnostics;
using System.IO;
using Peering.Templates.Bicep;
using Xunit;

namespace Peering.Templates.Tests.Bicep
{
    /// <summary>The temporary home that hands Bicep a module cache shipped with the templates as its <c>~/.bicep</c>.</summary>
    public sealed class ModuleCacheHomeTests
    {
        [Fact]
        public void Bicep_s_home_holds_the_cache_as_dot_bicep_and_is_removed_without_touching_the_cache()
        {
            using var scratch = new ScratchFolder();
            var module = scratch.Write("cache/br/registry.example/network$spoke/1.0.0$/main.json", "{}");
            var start = new ProcessStartInfo("bicep");

            string home;
            using (var cacheHome = ModuleCacheHome.For(scratch.Combine("cache")))
            {
                cacheHome.Apply(start);
                home = start.Environment["HOME"]!;
                Assert.Equal(home, start.Environment["USERPROFILE"]);
                Assert.Equal("{}", File.ReadAllText(Path.Combine(home, ".bicep", "br", "registry.example", "network$spoke", "1.0.0$", "main.json")));
            }

            Assert.False(Directory.Exists(home));
            Assert.True(File.Exists(module));
        }

        [Fact]
        public void The_run_s_cache_is_where_a_module_is_looked_up_when_bicepconfig_json_names_none()
        {
            using var scratch = new ScratchFolder();
            scratch.Write("cache/br/registry.example/network$spoke/1.0.0$/main.json", "{}");
            scratch.Write("cache/br/registry.example/network$spoke/1.0.0$/manifest", "{}");
            scratch.Write("cache/br/registry.example/network$spoke/1.0.0$/metadata", "{}");
            var caller = scratch.Write("estate/main.bicep", "module spoke 'br:registry.example/network/spoke:1.0.0' = { name: 'spoke' }\n");
            scratch.Write("estate/bicepconfig.json", "{}");
            var reference = Assert.Single(RegistryReferences.Of(caller));

            Assert.True(ModuleCache.Locate(reference, scratch.Combine("cache")).IsCached);
            Assert.False(ModuleCache.Locate(reference, scratch.Combine("estate")).IsCached);
        }
    }
}
