using System.IO;
using System.Text;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Security
{
    /// <summary>The size limit and the text check on input files: the file is skipped with a PEER901 that names it and the limit, and the run goes on.</summary>
    public sealed class FileLimitTests
    {
        [Fact]
        public void A_template_over_the_limit_is_skipped_with_a_PEER901_naming_the_option()
        {
            using var folder = new TempFolder();
            var big = folder.Write("big.json", Padded(SecurityFixtures.PlantedMistake, 1024 * 1024 + 10));
            folder.Write("small.json", SampleFiles.Template);

            var result = Run(folder, folder.Path, "--max-file-size", "1");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(big + "(1,1): error PEER901: '" + big + "' is skipped: it is larger than the limit of 1 MB (--max-file-size, or maxFileSizeMB in peering-check.json).", result.Output);
            Assert.DoesNotContain("PEER102", result.Output);
        }

        [Fact]
        public void The_limit_comes_from_the_configuration_file_when_the_option_is_not_given()
        {
            using var folder = new TempFolder();
            folder.Write("peering-check.json", "{ \"maxFileSizeMB\": 1 }");
            folder.Write("big.json", Padded(SecurityFixtures.PlantedMistake, 1024 * 1024 + 10));

            Assert.Contains("larger than the limit of 1 MB", Run(folder, folder.Path).Output);
            Assert.Contains("PEER102", Run(folder, folder.Path, "--max-file-size", "2").Output);
        }

        [Fact]
        public void The_default_limit_of_20_MB_reads_a_large_template()
        {
            using var folder = new TempFolder();
            folder.Write("large.json", Padded(SecurityFixtures.PlantedMistake, 3 * 1024 * 1024));

            var result = Run(folder, folder.Path);

            Assert.Contains("PEER102", result.Output);
        }

        [Theory]
        [InlineData("0")]
        [InlineData("-1")]
        [InlineData("1.5")]
        [InlineData("ten")]
        [InlineData("1025")]
        public void A_limit_that_is_not_a_whole_number_of_megabytes_stops_the_run(string value)
        {
            using var folder = new TempFolder();

            var result = Run(folder, folder.Path, "--max-file-size", value);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--max-file-size must be a whole number of megabytes from 1 to 1024, not '" + value + "'", result.Error);
        }

        [Theory]
        [InlineData("0", "\"maxFileSizeMB\" in {0} must be a whole number of megabytes from 1 to 1024, not '0'")]
        [InlineData("2.5", "\"maxFileSizeMB\" in {0} must be a whole number of megabytes from 1 to 1024, not '2.5'")]
        [InlineData("\"20\"", "Invalid configuration file {0}: \"maxFileSizeMB\" must be a number")]
        public void A_configured_limit_that_is_not_a_whole_number_of_megabytes_stops_the_run(string value, string expected)
        {
            using var folder = new TempFolder();
            var configuration = folder.Write("peering-check.json", "{ \"maxFileSizeMB\": " + value + " }");

            var result = Run(folder, folder.Path);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, configuration), result.Error);
        }

        [Fact]
        public void A_large_JSON_file_that_is_no_template_is_left_out_silently()
        {
            using var folder = new TempFolder();
            folder.Write("package-lock.json", Padded("{ \"name\": \"x\" }", 2 * 1024 * 1024));
            folder.Write("main.json", SampleFiles.Template);

            var result = Run(folder, folder.Path, "--max-file-size", "1");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("in 1 file", result.Output);
        }

        [Fact]
        public void A_binary_file_named_as_a_template_is_skipped_with_a_PEER901()
        {
            using var folder = new TempFolder();
            var binary = folder.Combine("image.json");
            File.WriteAllBytes(binary, new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13 });

            var result = Run(folder, binary);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("'" + binary + "' is skipped: it is a binary file (a NUL byte at offset 4).", result.Output);
        }

        [Fact]
        public void A_template_with_bytes_that_are_not_UTF8_is_skipped_and_the_others_are_checked()
        {
            using var folder = new TempFolder();
            var latin1 = folder.Combine("latin1.json");
            var bytes = Encoding.Latin1.GetBytes(SecurityFixtures.PlantedMistake.Replace("planted-outside", "réseau"));
            File.WriteAllBytes(latin1, bytes);
            folder.Write("other.json", SecurityFixtures.PlantedMistake);

            var result = Run(folder, folder.Path);

            Assert.Contains("'" + latin1 + "' is skipped: it is not valid UTF-8 text", result.Output);
            Assert.Contains("PEER102", result.Output);
        }

        [Fact]
        public void A_parameter_file_over_the_limit_is_reported_and_its_template_checked_without_it()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SecurityFixtures.PlantedMistake);
            var parameters = folder.Write("main.parameters.json", Padded(SampleFiles.Parameters, 1024 * 1024 + 1));

            var result = Run(folder, folder.Path, "--max-file-size", "1");

            Assert.Contains("'" + parameters + "' is skipped: it is larger than the limit of 1 MB", result.Output);
            Assert.Contains("PEER102", result.Output);
        }

        [Fact]
        public void A_Bicep_file_over_the_limit_is_never_given_to_Bicep()
        {
            using var folder = new TempFolder();
            var bicep = folder.Write("big.bicep", "// " + new string('x', 1024 * 1024) + "\n");

            // No Bicep CLI is needed: the only Bicep file is skipped before Bicep would start.
            var result = Run(folder, folder.Path, "--max-file-size", "1", "--bicep", folder.Combine("no-such-bicep"));

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("'" + bicep + "' is skipped: it is larger than the limit of 1 MB", result.Output);
        }

        /// <summary>The JSON followed by spaces up to <paramref name="size"/> bytes.</summary>
        private static string Padded(string json, int size) => json + new string(' ', size - Encoding.UTF8.GetByteCount(json));

        /// <summary>Runs from another folder, so the paths reported are the full paths the test wrote.</summary>
        private static CliResult Run(TempFolder folder, params string[] args) => CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), args);
    }
}
