using System.IO;
using Peering.Cli.Configuration;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;
using Peering.Rules.Catalogue;
using Peering.Rules.Profiles;

namespace Peering.Cli.Tests.Configuration
{
    public sealed class ConfigurationReaderTests
    {
        [Fact]
        public void Every_setting_is_read()
        {
            using var folder = new TempFolder();
            var file = folder.Write("peering-check.json", """
                {
                  // comments are allowed
                  "profile": "2017-10",
                  "closedWorld": true,
                  "offline": true,
                  "failOn": "warning",
                  "rules": { "PEER301": "none", "peer107": "error" },
                  "exclude": ["legacy/**", "*.old.json"],
                }
                """);

            var configuration = ConfigurationReader.Read(file);

            Assert.Equal(file, configuration.Source);
            Assert.Equal(PlatformProfile.October2017, configuration.Profile);
            Assert.True(configuration.ClosedWorld);
            Assert.True(configuration.Offline);
            Assert.Equal(RuleSeverity.Warning, configuration.FailOn);
            Assert.Equal(RuleSeverity.NotApplicable, configuration.RuleSeverities["PEER301"]);
            Assert.Equal(RuleSeverity.Error, configuration.RuleSeverities["PEER107"]);
            Assert.Equal(new[] { "legacy/**", "*.old.json" }, configuration.Exclude);
        }

        [Theory]
        [InlineData("""{ "profil": "current" }""", "unknown setting \"profil\"")]
        [InlineData("""{ "rules": { "PEER999": "none" } }""", "unknown rule \"PEER999\"")]
        [InlineData("""{ "rules": { "PEER301": "off" } }""", "the severity of PEER301 must be error, warning, info or none")]
        [InlineData("""{ "closedWorld": "yes" }""", "\"closedWorld\" must be true or false")]
        [InlineData("""{ "offline": 1 }""", "\"offline\" must be true or false")]
        [InlineData("""{ "exclude": "legacy" }""", "\"exclude\" must be an array of strings")]
        [InlineData("""[1]""", "it must be a JSON object")]
        [InlineData("""{ "profile": """, "Invalid configuration file")]
        public void A_mistake_stops_the_run_with_the_reason(string text, string reason)
        {
            using var folder = new TempFolder();
            var file = folder.Write("peering-check.json", text);

            var failure = Assert.Throws<CheckFailedException>(() => ConfigurationReader.Read(file));

            Assert.Contains(reason, failure.Message);
            Assert.StartsWith("Invalid configuration file " + file, failure.Message);
        }

        [Fact]
        public void The_file_at_the_root_of_the_first_folder_given_is_found()
        {
            using var folder = new TempFolder();
            folder.Write("infra/peering-check.json", """{ "closedWorld": true }""");
            folder.Write("peering-check.json", """{ "profile": "2017-10" }""");

            var configuration = ConfigurationReader.Load(null, new[] { "main.bicep", folder.Combine("infra") }, folder.Path);

            Assert.Equal(folder.Combine("infra/peering-check.json"), configuration.Source);
            Assert.True(configuration.ClosedWorld);
        }

        [Fact]
        public void Without_one_in_the_folder_given_the_current_folder_s_is_used()
        {
            using var folder = new TempFolder();
            Directory.CreateDirectory(folder.Combine("infra"));
            folder.Write("peering-check.json", """{ "profile": "2017-10" }""");

            var configuration = ConfigurationReader.Load(null, new[] { folder.Combine("infra") }, folder.Path);

            Assert.Equal(PlatformProfile.October2017, configuration.Profile);
        }

        [Fact]
        public void No_file_anywhere_means_no_settings()
        {
            using var folder = new TempFolder();

            var configuration = ConfigurationReader.Load(null, new string[0], folder.Path);

            Assert.Same(CheckConfiguration.Empty, configuration);
        }

        [Fact]
        public void A_named_file_that_does_not_exist_stops_the_run()
        {
            using var folder = new TempFolder();

            var failure = Assert.Throws<CheckFailedException>(() => ConfigurationReader.Load(folder.Combine("none.json"), new string[0], folder.Path));

            Assert.StartsWith("Cannot read the configuration file", failure.Message);
        }
    }
}
