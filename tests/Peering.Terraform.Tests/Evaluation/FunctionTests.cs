using System.Collections.Generic;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Tests.Infrastructure;

namespace Peering.Terraform.Tests.Evaluation
{
    /// <summary>Built-in functions, checked against the examples of Terraform's own function documentation.</summary>
    public sealed class FunctionTests
    {
        private static readonly Dictionary<string, TfValue> Variables = new Dictionary<string, TfValue>
        {
            ["unknown"] = TfUnknown.Instance,
            ["id"] = new TfUnknown(new ValueOrigin("main", "azurerm_virtual_network.hub", "id")),
        };

        [Theory]
        [InlineData("cidrsubnet(\"10.0.0.0/16\", 8, 1)", "\"10.0.1.0/24\"")]
        [InlineData("cidrsubnet(\"172.16.0.0/12\", 4, 2)", "\"172.18.0.0/16\"")]
        [InlineData("cidrsubnet(\"10.1.2.3/16\", 8, 2)", "\"10.1.2.0/24\"")]
        [InlineData("cidrsubnet(\"010.001.0.0/16\", 8, 2)", "\"10.1.2.0/24\"")]
        [InlineData("cidrsubnet(\"fd00:fd12:3456:7890::/56\", 16, 162)", "\"fd00:fd12:3456:7800:a200::/72\"")]
        [InlineData("cidrhost(\"10.12.112.0/20\", 16)", "\"10.12.112.16\"")]
        [InlineData("cidrhost(\"10.12.112.0/20\", 268)", "\"10.12.113.12\"")]
        [InlineData("cidrhost(\"10.0.1.0/24\", -1)", "\"10.0.1.255\"")]
        [InlineData("cidrhost(\"fd00:fd12:3456:7890:00a2::/72\", 34)", "\"fd00:fd12:3456:7890::22\"")]
        [InlineData("cidrnetmask(\"172.16.0.0/12\")", "\"255.240.0.0\"")]
        [InlineData("cidrsubnets(\"10.1.0.0/16\", 4, 4, 8, 4)", "[\"10.1.0.0/20\", \"10.1.16.0/20\", \"10.1.32.0/24\", \"10.1.48.0/20\"]")]
        [InlineData("cidrsubnets(\"fd00:fd12:3456:7890::/56\", 16, 16, 16, 32)", "[\"fd00:fd12:3456:7800::/72\", \"fd00:fd12:3456:7800:100::/72\", \"fd00:fd12:3456:7800:200::/72\", \"fd00:fd12:3456:7800:300::/88\"]")]
        public void Cidr_functions(string expression, string expected) => Assert.Equal(expected, Hcl.Show(expression));

        [Theory]
        [InlineData("cidrsubnet(\"10.0.0.0/30\", 4, 1)")]
        [InlineData("cidrsubnet(\"10.0.0.0/16\", 2, 4)")]
        [InlineData("cidrhost(\"10.0.0.0/30\", 4)")]
        [InlineData("cidrsubnets(\"10.0.0.0/30\", 1, 1, 1)")]
        [InlineData("cidrnetmask(\"fd00::/8\")")]
        [InlineData("cidrsubnet(\"10.0.0.0\", 8, 1)")]
        public void Cidr_functions_reject_what_terraform_rejects(string expression) =>
            Assert.Throws<TfEvaluationException>(() => Hcl.Evaluate(expression));

        [Theory]
        [InlineData("format(\"Hello, %s!\", \"Ander\")", "\"Hello, Ander!\"")]
        [InlineData("format(\"There are %d lights\", 4)", "\"There are 4 lights\"")]
        [InlineData("format(\"%03d-%-4s|%5s\", 7, \"ab\", \"c\")", "\"007-ab  |    c\"")]
        [InlineData("format(\"%v %q %t %.2f %%\", [1], \"x\", true, 3.14159)", "\"[1] \"x\" true 3.14 %\"")]
        [InlineData("formatlist(\"%s-%s\", [\"a\", \"b\"], \"x\")", "[\"a-x\", \"b-x\"]")]
        [InlineData("join(\"-\", [\"a\", \"b\"], [\"c\"])", "\"a-b-c\"")]
        [InlineData("split(\",\", \"a,b,c\")", "[\"a\", \"b\", \"c\"]")]
        [InlineData("lower(\"HUB\")", "\"hub\"")]
        [InlineData("upper(\"hub\")", "\"HUB\"")]
        [InlineData("replace(\"hub-weu\", \"-\", \"_\")", "\"hub_weu\"")]
        [InlineData("replace(\"hello world\", \"/w.*d/\", \"everybody\")", "\"hello everybody\"")]
        [InlineData("substr(\"hello world\", 1, 4)", "\"ello\"")]
        [InlineData("substr(\"hello world\", -5, -1)", "\"world\"")]
        [InlineData("trimprefix(\"vnet-hub\", \"vnet-\")", "\"hub\"")]
        [InlineData("trimsuffix(\"hub-vnet\", \"-vnet\")", "\"hub\"")]
        [InlineData("trimspace(\"  x \")", "\"x\"")]
        [InlineData("basename(\"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub\")", "\"hub\"")]
        [InlineData("dirname(\"a/b/c\")", "\"a/b\"")]
        [InlineData("title(\"hub spoke\")", "\"Hub Spoke\"")]
        [InlineData("regex(\"[a-z]+\", \"53453453.345345aaabbbccc23454\")", "\"aaabbbccc\"")]
        [InlineData("regexall(\"[a-z]+\", \"1234abcd5678efgh9\")", "[\"abcd\", \"efgh\"]")]
        [InlineData("startswith(\"hello world\", \"hello\")", "true")]
        [InlineData("tostring(10)", "\"10\"")]
        [InlineData("tonumber(\"1.5\")", "1.5")]
        [InlineData("tobool(\"true\")", "true")]
        public void String_functions(string expression, string expected) => Assert.Equal(expected, Hcl.Show(expression));

        [Theory]
        [InlineData("merge({ a = 1, b = 2 }, { b = 3 }, null)", "{a = 1, b = 3}")]
        [InlineData("lookup({ a = \"ay\" }, \"b\", \"what?\")", "\"what?\"")]
        [InlineData("flatten([[\"a\", \"b\"], [], [\"c\", [\"d\"]]])", "[\"a\", \"b\", \"c\", \"d\"]")]
        [InlineData("concat([\"a\"], [\"b\", \"c\"])", "[\"a\", \"b\", \"c\"]")]
        [InlineData("element([\"a\", \"b\", \"c\"], 3)", "\"a\"")]
        [InlineData("keys({ b = 1, a = 2 })", "[\"a\", \"b\"]")]
        [InlineData("values({ b = 1, a = 2 })", "[2, 1]")]
        [InlineData("length({ a = 1, b = 2 })", "2")]
        [InlineData("length(\"hub\")", "3")]
        [InlineData("contains([\"a\", \"b\"], \"b\")", "true")]
        [InlineData("distinct([\"a\", \"b\", \"a\"])", "[\"a\", \"b\"]")]
        [InlineData("compact([\"a\", \"\", null, \"b\"])", "[\"a\", \"b\"]")]
        [InlineData("coalesce(null, \"\", \"b\")", "\"b\"")]
        [InlineData("coalescelist([], [\"c\"])", "[\"c\"]")]
        [InlineData("zipmap([\"a\", \"b\"], [1, 2])", "{a = 1, b = 2}")]
        [InlineData("toset([\"b\", \"a\", \"b\"])", "toset([\"b\", \"a\"])")]
        [InlineData("tolist(toset([\"a\"]))", "[\"a\"]")]
        [InlineData("slice([\"a\", \"b\", \"c\", \"d\"], 1, 3)", "[\"b\", \"c\"]")]
        [InlineData("reverse([1, 2])", "[2, 1]")]
        [InlineData("one([\"x\"])", "\"x\"")]
        [InlineData("one([])", "null")]
        [InlineData("range(3)", "[0, 1, 2]")]
        [InlineData("range(1, 8, 3)", "[1, 4, 7]")]
        [InlineData("setproduct([\"a\", \"b\"], [1])", "[[\"a\", 1], [\"b\", 1]]")]
        [InlineData("setsubtract([\"a\", \"b\"], [\"a\"])", "toset([\"b\"])")]
        [InlineData("chunklist([1, 2, 3], 2)", "[[1, 2], [3]]")]
        [InlineData("sort([\"b\", \"a\"])", "[\"a\", \"b\"]")]
        [InlineData("index([\"a\", \"b\"], \"b\")", "1")]
        [InlineData("max(1, 12, 5)", "12")]
        [InlineData("pow(2, 8)", "256")]
        [InlineData("parseint(\"FF\", 16)", "255")]
        [InlineData("alltrue([true, \"true\"])", "true")]
        [InlineData("transpose({ a = [\"1\", \"2\"], b = [\"2\", \"3\"] })", "{1 = [\"a\"], 2 = [\"a\", \"b\"], 3 = [\"b\"]}")]
        public void Collection_and_number_functions(string expression, string expected) => Assert.Equal(expected, Hcl.Show(expression));

        [Theory]
        [InlineData("jsonencode({ hello = \"world\", list = [1, true, null] })", "\"{\"hello\":\"world\",\"list\":[1,true,null]}\"")]
        [InlineData("jsondecode(\"{\\\"hello\\\": [1, \\\"a\\\"]}\")", "{hello = [1, \"a\"]}")]
        [InlineData("base64encode(\"Hello World\")", "\"SGVsbG8gV29ybGQ=\"")]
        [InlineData("uuidv5(\"dns\", \"www.terraform.io\")", "\"a5008fae-b28c-5ba5-96cd-82b4c53552d6\"")]
        [InlineData("uuidv5(\"url\", \"https://www.terraform.io/\")", "\"9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5\"")]
        [InlineData("sha256(\"hello world\")", "\"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9\"")]
        public void Encoding_functions(string expression, string expected) => Assert.Equal(expected, Hcl.Show(expression));

        [Theory]
        [InlineData("try(var.nothing, \"fallback\")", "\"fallback\"")]
        [InlineData("try({ a = 1 }.b, { a = 1 }.a)", "1")]
        [InlineData("can({ a = 1 }.b)", "false")]
        [InlineData("can(cidrsubnet(\"10.0.0.0/16\", 8, 1))", "true")]
        [InlineData("templatestring(\"vnet-$${region}-%%{if hub}hub%%{else}spoke%%{endif}\", { region = \"weu\", hub = true })", "\"vnet-weu-hub\"")]
        [InlineData("can(templatestring(\"$${nothing}\", {}))", "false")]
        public void Try_and_can_see_errors(string expression, string expected) => Assert.Equal(expected, Hcl.Show(expression));

        [Theory]
        [InlineData("merge({ id = var.id, transit = true }, { name = \"x\" }).transit", "true")]
        [InlineData("length([var.unknown, 1])", "2")]
        [InlineData("lookup({ a = var.unknown, b = \"known\" }, \"b\")", "\"known\"")]
        [InlineData("var.unknown && false", "false")]
        [InlineData("var.unknown || true", "true")]
        public void Known_parts_survive_next_to_unknown_ones(string expression, string expected) =>
            Assert.Equal(expected, Hcl.Show(expression, Variables));

        [Theory]
        [InlineData("cidrsubnet(var.unknown, 8, 1)")]
        [InlineData("\"${var.unknown}-hub\"")]
        [InlineData("join(\",\", [var.unknown, \"a\"])")]
        [InlineData("var.unknown ? 1 : 2")]
        [InlineData("[for v in var.unknown : v]")]
        [InlineData("flatten([var.unknown, [1]])")]
        [InlineData("var.unknown == 1")]
        [InlineData("toset([var.unknown, \"a\"])")]
        [InlineData("uuid()")]
        public void Unknown_stays_unknown(string expression) => Assert.False(Hcl.Evaluate(expression, Variables).IsKnown);

        [Fact]
        public void A_reference_keeps_what_it_stands_for_through_an_unwrapped_template()
        {
            var value = Assert.IsType<TfUnknown>(Hcl.Evaluate("\"${var.id}\"", Variables));

            Assert.Equal(new ValueOrigin("main", "azurerm_virtual_network.hub", "id"), value.Origin);
        }

        [Fact]
        public void A_function_the_reader_does_not_evaluate_is_unknown_and_noted()
        {
            var notes = new RecordedNotes();

            Assert.False(Hcl.Evaluate("file(\"hub.json\")", notes: notes).IsKnown);
            Assert.Equal(new[] { "1:the function 'file'" }, notes.Notes);
        }

        [Theory]
        [InlineData("range(1000000)")]
        [InlineData("join(\"\", [for i in range(99999) : \"0123456789ab\"])")]
        [InlineData("[for i in range(90000) : [for j in range(90000) : j]]")]
        public void Runaway_evaluation_hits_a_limit_instead_of_the_machine(string expression) =>
            Assert.Throws<EvaluationLimitException>(() => Hcl.Evaluate(expression));
    }
}
