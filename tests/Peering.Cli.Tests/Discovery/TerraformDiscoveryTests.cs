using System.IO;
using System.Linq;
using Peering.Cli.Discovery;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Discovery
{
    /// <summary>How a run finds Terraform: module folders, variable files, plans by their content, and what it leaves out.</summary>
    public sealed class TerraformDiscoveryTests
    {
        private static readonly string CurrentDirectory = Path.GetTempPath();

        private const string Plan = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\",\"planned_values\":{}}";

        [Fact]
        public void Folders_with_tf_or_tf_json_files_are_module_folders_and_plans_are_recognised_by_their_content()
        {
            using var folder = new TempFolder();
            folder.Write("infra/main.tf", "# hub");
            folder.Write("infra/variables.tf", "# variables");
            folder.Write("infra/modules/spoke/main.tf.json", "{}");
            folder.Write("infra/terraform.tfvars", "x = 1");
            folder.Write("infra/.terraform/modules/hub/main.tf", "# installed by terraform init, read through its caller");
            var plan = folder.Write("plans/tfplan.json", Plan);
            folder.Write("package.json", SampleFiles.OtherJson);

            var inputs = InputDiscovery.Discover(new[] { folder.Path }, new string[0], new string[0], CurrentDirectory);

            Assert.Equal(new[] { folder.Combine("infra"), folder.Combine("infra/modules/spoke") }, inputs.TerraformFolders.OrderBy(f => f));
            Assert.Equal(new[] { plan }, inputs.TerraformPlans);
            Assert.Empty(inputs.TerraformVarFiles);
            Assert.Empty(inputs.JsonTemplates);
        }

        [Fact]
        public void A_tf_file_named_stands_for_its_folder_and_a_tfvars_file_named_is_a_variable_file()
        {
            using var folder = new TempFolder();
            var main = folder.Write("main.tf", "# hub");
            var values = folder.Write("prod.tfvars", "x = 1");

            var inputs = InputDiscovery.Discover(new[] { main, values }, new string[0], new string[0], CurrentDirectory);

            Assert.Equal(new[] { folder.Path }, inputs.TerraformFolders);
            Assert.Equal(new[] { values }, inputs.TerraformVarFiles);
        }

        [Theory]
        [InlineData("{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\"", true)]
        [InlineData("{ \"format_version\": \"0.1\", \"terraform_version\": \"0.12.0\", \"planned_values\": {} }", true)]
        [InlineData("{ \"format_version\": \"1.0\", \"values\": {} }", false)]
        [InlineData("{ \"name\": \"x\", \"format_version\": \"1.2\", \"terraform_version\": \"1\" }", false)]
        public void Plans_are_told_from_other_json_by_their_first_keys(string head, bool isPlan) =>
            Assert.Equal(isPlan, JsonFileProbe.Classify(head) == JsonFileKind.TerraformPlan);
    }
}
