using System.IO;
using System.Linq;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Security
{
    /// <summary>The Bicep CLI as a subprocess: no shell between us and it, and, offline, no download of registry modules on a template's behalf.</summary>
    public sealed class BicepProcessTests
    {
        /// <summary>The closed proxy the Bicep process is given (Peering.Templates.Bicep.NoNetwork).</summary>
        private const string NoNetworkProxy = "127.0.0.1:9";

        private const string Vnet = "resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {\n  name: 'shell-safe'\n  location: 'westeurope'\n}\n";

        [Fact]
        public void A_file_name_full_of_shell_syntax_reaches_Bicep_as_one_argument_and_runs_nothing()
        {
            using var folder = new TempFolder();
            var marker = folder.Combine("pwned");
            var name = "a; touch " + marker + " $(touch " + marker + ") `touch " + marker + "` & | > x.bicep";
            var bicep = folder.Write("in'put/" + name.Replace('/', '_'), Vnet);

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), bicep, "--bicep", BicepTool.Executable);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("in 1 file", result.Output);
            Assert.False(File.Exists(marker));
            Assert.Equal(new[] { "in'put" }, Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        }

        [Theory]
        [InlineData("module net 'br/public:avm/res/network/virtual-network:0.5.0' = {\n  name: 'net'\n  params: { name: 'x', addressPrefixes: ['10.0.0.0/16'] }\n}\n", "br/public:avm/res/network/virtual-network:0.5.0")]
        [InlineData("module net 'br:contoso.azurecr.io/bicep/net:v1' = {\n  name: 'net'\n}\n", "br:contoso.azurecr.io/bicep/net:v1")]
        [InlineData("module net 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0' = {\n  name: 'net'\n}\n", "ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0")]
        public void Offline_a_Bicep_file_whose_registry_module_is_not_cached_is_reported_and_never_compiled(string source, string reference)
        {
            using var folder = new TempFolder();
            folder.Write("bicepconfig.json", RegistryModuleCache.ConfigFor(folder.Combine("empty-cache")));
            var bicep = folder.Write("main.bicep", source);

            // A Bicep that does not exist: the run must not need it, because the only file is not compiled.
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), bicep, "--offline", "--bicep", folder.Combine("no-such-bicep"));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(bicep + "(1,1): info PEER902: main.bicep uses the registry module '" + reference + "', which is not in the local module cache (" + folder.Combine("empty-cache"), result.Output);
        }

        [Fact]
        public void Offline_a_bicepparam_file_using_a_registry_template_that_is_not_cached_is_reported_and_never_compiled()
        {
            using var folder = new TempFolder();
            folder.Write("bicepconfig.json", RegistryModuleCache.ConfigFor(folder.Combine("empty-cache")));
            var parameters = folder.Write("main.bicepparam", "using 'br/public:avm/res/network/virtual-network:0.5.0'\nparam name = 'x'\n");

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), parameters, "--offline", "--bicep", folder.Combine("no-such-bicep"));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("main.bicepparam uses the registry module 'br/public:avm/res/network/virtual-network:0.5.0', which is not in the local module cache", result.Output);
        }

        [Fact]
        public void Offline_a_module_the_cache_look_up_cannot_place_is_refused_by_the_closed_proxy_and_noted()
        {
            using var folder = new TempFolder();
            // A configuration that extends another one is left to Bicep, so the file reaches the compiling process; a
            // registry Bicep trusts by default, so only the proxy stands between Bicep and the network.
            folder.Write("base.json", RegistryModuleCache.ConfigFor(folder.Combine("empty-cache")));
            folder.Write("estate/bicepconfig.json", """{ "extends": "../base.json" }""");
            var main = folder.Write("estate/main.bicep", "module net 'br:mcr.microsoft.com/bicep/avm/res/network/virtual-network:0.5.0' = {\n  name: 'net'\n  params: { name: 'x', addressPrefixes: ['10.0.0.0/16'] }\n}\n");

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), main, "--offline", "--bicep", BicepTool.Executable);

            // Bicep tries the download through the closed proxy, is refused, and the file is a note with Bicep's reason.
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(main + "(1,12): info PEER902: main.bicep is not checked: Bicep could not restore a registry module it uses (BCP192", result.Output);
            Assert.Contains(NoNetworkProxy, result.Output);
        }
    }
}
