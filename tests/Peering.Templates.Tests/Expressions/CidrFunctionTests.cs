using static Peering.Templates.Tests.Infrastructure.Expressions;

namespace Peering.Templates.Tests.Expressions
{
    /// <summary>parseCidr, cidrSubnet and cidrHost against the examples of ARM's documentation (template-functions-cidr) and its stated rules.</summary>
    public class CidrFunctionTests
    {
        [Theory]
        [InlineData("[parseCidr('10.144.0.0/20')]", "{\"network\":\"10.144.0.0\",\"netmask\":\"255.255.240.0\",\"broadcast\":\"10.144.15.255\",\"firstUsable\":\"10.144.0.1\",\"lastUsable\":\"10.144.15.254\",\"cidr\":20}")]
        [InlineData("[parseCidr('fdad:3236:5555::/48')]", "{\"network\":\"fdad:3236:5555::\",\"netmask\":\"ffff:ffff:ffff::\",\"firstUsable\":\"fdad:3236:5555::\",\"lastUsable\":\"fdad:3236:5555:ffff:ffff:ffff:ffff:ffff\",\"cidr\":48}")]
        [InlineData("[map(range(0, 5), lambda('i', cidrSubnet('10.144.0.0/20', 24, lambdaVariables('i'))))]", "[\"10.144.0.0/24\",\"10.144.1.0/24\",\"10.144.2.0/24\",\"10.144.3.0/24\",\"10.144.4.0/24\"]")]
        [InlineData("[map(range(0, 5), lambda('i', cidrSubnet('fdad:3236:5555::/48', 52, lambdaVariables('i'))))]", "[\"fdad:3236:5555::/52\",\"fdad:3236:5555:1000::/52\",\"fdad:3236:5555:2000::/52\",\"fdad:3236:5555:3000::/52\",\"fdad:3236:5555:4000::/52\"]")]
        [InlineData("[map(range(0, 5), lambda('i', cidrHost('10.144.3.0/24', lambdaVariables('i'))))]", "[\"10.144.3.1\",\"10.144.3.2\",\"10.144.3.3\",\"10.144.3.4\",\"10.144.3.5\"]")]
        [InlineData("[map(range(0, 5), lambda('i', cidrHost('fdad:3236:5555:3000::/52', lambdaVariables('i'))))]", "[\"fdad:3236:5555:3000::1\",\"fdad:3236:5555:3000::2\",\"fdad:3236:5555:3000::3\",\"fdad:3236:5555:3000::4\",\"fdad:3236:5555:3000::5\"]")]
        public void The_documented_examples_give_the_documented_values(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Theory]
        // The last /27 of a /16, where hubs put their GatewaySubnet: 2040 × 32 addresses past the start.
        [InlineData("[cidrSubnet('10.0.0.0/16', 27, 2040)]", "\"10.0.255.0/27\"")]
        [InlineData("[cidrSubnet('10.0.0.0/16', 16, 0)]", "\"10.0.0.0/16\"")]
        [InlineData("[cidrSubnet('0.0.0.0/0', 8, 10)]", "\"10.0.0.0/8\"")]
        // A /30 has four addresses: the network, two usable hosts, the broadcast.
        [InlineData("[cidrHost('10.0.0.0/30', 1)]", "\"10.0.0.2\"")]
        [InlineData("[parseCidr('10.0.0.0/30').lastUsable]", "\"10.0.0.2\"")]
        [InlineData("[parseCidr('2001:db8::/127').lastUsable]", "\"2001:db8::1\"")]
        public void Ranges_follow_the_documented_rules(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Theory]
        [InlineData("[cidrHost('10.0.0.0/30', 2)]")] // the broadcast address is no host
        [InlineData("[cidrHost('10.0.0.0/24', -1)]")]
        [InlineData("[cidrHost('10.0.0.0/32', 0)]")]
        [InlineData("[cidrSubnet('10.0.0.0/16', 15, 0)]")] // a larger range than the network
        [InlineData("[cidrSubnet('10.0.0.0/16', 24, 256)]")] // only 256 /24s in a /16
        [InlineData("[cidrSubnet('10.0.0.0/16', 33, 0)]")]
        [InlineData("[parseCidr('10.0.0.1/16')]")] // host bits set: what ARM makes of it is not documented
        [InlineData("[parseCidr('10.1/16')]")] // .NET would read this as 10.0.0.1
        [InlineData("[parseCidr('010.0.0.0/8')]")]
        [InlineData("[parseCidr('10.0.0.0')]")]
        [InlineData("[parseCidr('10.0.0.0/-1')]")]
        [InlineData("[parseCidr('fe80::1%eth0/64')]")]
        [InlineData("[parseCidr('10.0.0.0/31')]")]
        [InlineData("[cidrSubnet(resourceGroup().location, 24, 0)]")]
        public void What_the_documentation_leaves_open_or_ARM_rejects_is_unknown(string expression) =>
            Assert.Equal("?", Show(expression));
    }
}
