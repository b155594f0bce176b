using Peering.Templates.Expressions;
using static Peering.Templates.Tests.Infrastructure.Expressions;

namespace Peering.Templates.Tests.Expressions
{
    public class FunctionTests
    {
        private const string HubId = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworks/hub";

        [Theory]
        [InlineData("[resourceId('Microsoft.Network/virtualNetworks', 'hub')]", "\"" + HubId + "\"")]
        [InlineData("[resourceId('rg-net', 'Microsoft.Network/virtualNetworks', 'hub')]", "\"/subscriptions/{subscriptionId}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/hub\"")]
        [InlineData("[resourceId('1111', 'rg-net', 'Microsoft.Network/virtualNetworks', 'hub')]", "\"/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/hub\"")]
        [InlineData("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]", "\"" + HubId + "/subnets/GatewaySubnet\"")]
        [InlineData("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub/GatewaySubnet')]", "\"" + HubId + "/subnets/GatewaySubnet\"")]
        [InlineData("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub')]", "?")]
        [InlineData("[resourceId('Microsoft.Network/virtualNetworks/', 'hub')]", "\"" + HubId + "\"")]
        [InlineData("[resourceId('rg-net', 'Microsoft.Network/virtualNetworks/subnets/', 'hub', 'GatewaySubnet')]", "\"/subscriptions/{subscriptionId}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet\"")]
        [InlineData("[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')]", "\"/subscriptions/{subscriptionId}/providers/Microsoft.Resources/resourceGroups/rg\"")]
        [InlineData("[subscriptionResourceId('2222', 'Microsoft.Resources/resourceGroups', 'rg')]", "\"/subscriptions/2222/providers/Microsoft.Resources/resourceGroups/rg\"")]
        [InlineData("[resourceGroup().name]", "\"{resourceGroup}\"")]
        [InlineData("[resourceGroup().id]", "\"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}\"")]
        [InlineData("[resourceGroup().location]", "?")]
        [InlineData("[subscription().subscriptionId]", "\"{subscriptionId}\"")]
        [InlineData("[subscription().id]", "\"/subscriptions/{subscriptionId}\"")]
        public void Resource_ids_use_the_run_placeholders(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Theory]
        [InlineData("[concat('hub', '-to-', 'spoke')]", "\"hub-to-spoke\"")]
        [InlineData("[concat('spoke', 2)]", "\"spoke2\"")]
        [InlineData("[concat(createArray(1), createArray(2, 3))]", "[1,2,3]")]
        [InlineData("[format('{0}-to-{1}', 'hub', 'spoke')]", "\"hub-to-spoke\"")]
        [InlineData("[format('spoke{0:D2}', 7)]", "\"spoke07\"")]
        [InlineData("[format('{1}', 'only one')]", "?")]
        [InlineData("[string(42)]", "\"42\"")]
        [InlineData("[string(true())]", "\"True\"")]
        [InlineData("[string(createObject('a', 1))]", "\"{\\\"a\\\":1}\"")]
        [InlineData("[toLower('West Europe')]", "\"west europe\"")]
        [InlineData("[toUpper('hub')]", "\"HUB\"")]
        [InlineData("[split('10.0.0.0/16,10.1.0.0/16', ',')]", "[\"10.0.0.0/16\",\"10.1.0.0/16\"]")]
        [InlineData("[split('a-b_c', createArray('-', '_'))]", "[\"a\",\"b\",\"c\"]")]
        [InlineData("[last(split('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub', '/'))]", "\"hub\"")]
        [InlineData("[first(createArray('a', 'b'))]", "\"a\"")]
        [InlineData("[first('hub')]", "\"h\"")]
        [InlineData("[last('hub')]", "\"b\"")]
        [InlineData("[first(createArray())]", "?")]
        [InlineData("[replace('hub-vnet', '-vnet', '')]", "\"hub\"")]
        [InlineData("[if(equals(1, 1), 'yes', 'no')]", "\"yes\"")]
        [InlineData("[if(equals(1, 2), 'yes', 'no')]", "\"no\"")]
        [InlineData("[equals('Hub', 'hub')]", "false")]
        [InlineData("[equals(createArray(1, 'a'), createArray(1, 'a'))]", "true")]
        [InlineData("[not(false())]", "true")]
        [InlineData("[and(true(), false())]", "false")]
        [InlineData("[and(true(), true())]", "true")]
        [InlineData("[or(false(), true())]", "true")]
        [InlineData("[or(false(), false())]", "false")]
        [InlineData("[length('hub')]", "3")]
        [InlineData("[length(createArray(1, 2))]", "2")]
        [InlineData("[length(createObject('a', 1))]", "1")]
        [InlineData("[empty(createArray())]", "true")]
        [InlineData("[union(createArray(1, 2), createArray(2, 3))]", "[1,2,3]")]
        [InlineData("[union(createObject('a', createObject('x', 1)), createObject('a', createObject('y', 2), 'b', 3))]", "{\"a\":{\"x\":1,\"y\":2},\"b\":3}")]
        [InlineData("[createArray('a', 1, true())]", "[\"a\",1,true]")]
        [InlineData("[createObject('name', 'hub', 'count', 2)]", "{\"name\":\"hub\",\"count\":2}")]
        [InlineData("[createObject('a', createArray(10, 20)).a[1]]", "20")]
        [InlineData("[createObject('a', 'b')['a']]", "\"b\"")]
        [InlineData("[createArray(1)[5]]", "?")]
        [InlineData("[null()]", "null")]
        [InlineData("[add(2, 1)]", "3")]
        [InlineData("[sub(2, 5)]", "-3")]
        [InlineData("[mul(4, 5)]", "20")]
        [InlineData("[div(7, 2)]", "3")]
        [InlineData("[div(7, 0)]", "?")]
        [InlineData("[mod(7, 2)]", "1")]
        [InlineData("[greater(2, 1)]", "true")]
        [InlineData("[greaterOrEquals('a', 'b')]", "false")]
        [InlineData("[less(1, 2)]", "true")]
        [InlineData("[lessOrEquals(2, 2)]", "true")]
        [InlineData("[int('42')]", "42")]
        [InlineData("[range(5, 3)]", "[5,6,7]")]
        [InlineData("[range(0, 100000)]", "?")]
        [InlineData("[contains('hub-vnet', 'hub')]", "true")]
        [InlineData("[contains(createArray('a', 'b'), 'c')]", "false")]
        [InlineData("[contains(createObject('a', 1), 'a')]", "true")]
        [InlineData("[coalesce(null(), 'x', 'y')]", "\"x\"")]
        [InlineData("[take(createArray(1, 2, 3), 2)]", "[1,2]")]
        [InlineData("[skip('spoke1', 5)]", "\"1\"")]
        public void Functions_evaluate_as_arm_does(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Theory]
        [InlineData("hub", "\"hub\"")]
        [InlineData("[[concat('a')]", "\"[concat('a')]\"")]
        [InlineData("[[literal", "\"[literal\"")]
        [InlineData("[concat('it''s')]", "\"it's\"")]
        [InlineData("[ concat ( 'a' , 'b' ) ]", "\"ab\"")]
        public void Literals_escapes_and_spacing(string text, string expected) =>
            Assert.Equal(expected, Show(text));

        [Fact]
        public void Parameters_use_their_default_unless_a_value_is_supplied()
        {
            const string parameters = "{ \"name\": { \"type\": \"string\", \"defaultValue\": \"hub\" }, \"other\": { \"type\": \"string\", \"defaultValue\": \"[concat(parameters('name'), '-2')]\" }, \"noDefault\": { \"type\": \"string\" } }";
            Assert.Equal("\"hub\"", Show("[parameters('name')]", parameters));
            Assert.Equal("\"hub-2\"", Show("[parameters('other')]", parameters));

            var supplied = new System.Collections.Generic.Dictionary<string, System.Func<ArmValue>> { ["name"] = () => new ArmString("core") };
            Assert.Equal("\"core-2\"", JsonText.Of(Evaluate("[parameters('other')]", parameters, supplied: supplied).Value));

            var (value, unevaluated) = Evaluate("[parameters('noDefault')]", parameters);
            Assert.True(value.IsUnknown);
            Assert.Empty(unevaluated);
        }

        [Fact]
        public void Variables_see_parameters_and_other_variables()
        {
            const string parameters = "{ \"prefix\": { \"type\": \"string\", \"defaultValue\": \"net\" } }";
            const string variables = "{ \"hub\": \"[concat(parameters('prefix'), '-hub')]\", \"names\": \"[createArray(variables('hub'), 'spoke')]\" }";
            Assert.Equal("[\"net-hub\",\"spoke\"]", Show("[variables('names')]", parameters, variables));
        }

        [Fact]
        public void An_unknown_argument_makes_the_result_unknown_without_a_report()
        {
            var (value, unevaluated) = Evaluate("[concat('a', resourceGroup().location)]");
            Assert.True(value.IsUnknown);
            Assert.Empty(unevaluated);
        }

        [Theory]
        [InlineData("[and(false(), resourceGroup().location)]", "false")]
        [InlineData("[or(true(), resourceGroup().location)]", "true")]
        [InlineData("[and(true(), resourceGroup().location)]", "?")]
        [InlineData("[if(equals(resourceGroup().location, 'x'), 'a', 'b')]", "?")]
        [InlineData("[equals(resourceGroup().location, 'x')]", "?")]
        [InlineData("[createArray('10.0.0.0/16', resourceGroup().location)]", "[\"10.0.0.0/16\",?]")]
        public void Unknown_stays_unknown_unless_a_known_argument_decides(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Fact]
        public void If_evaluates_only_the_branch_it_takes()
        {
            var (value, unevaluated) = Evaluate("[if(true(), 'hub', reference('x').name)]");
            Assert.Equal("hub", ((ArmString)value).Value);
            Assert.Empty(unevaluated);
        }
    }
}
