using System.Linq;
using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests
{
    /// <summary>
    /// PEER110 in C#: the order of a method's writes is the order the code waits for them. Each case file's silent
    /// methods are silent because of what makes the gateway complete; taking that away reports.
    /// </summary>
    public sealed class WriteOrderTests
    {
        private static async Task<string[]> MessagesOf(string source) =>
            (await AnalyzerRunner.RunAsync(source, SdkShape.Main)).Diagnostics
                .Where(d => d.Id == "PEER110")
                .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .ToArray();

        private static string Case(string name) => CaseMarkup.Parse(CaseFiles.Get("PEER110/" + name).Text).Source;

        [Fact]
        public async Task The_message_names_the_peering_the_method_and_what_to_await_first()
        {
            var messages = await MessagesOf(Case("WrittenBeforeWhatItNeeds.cs"));

            Assert.Equal(
                "Peering 'spoke-to-hub' of VNet 'spoke' uses the gateway of VNet 'hub' but is not ordered after gateway 'hub-vpn' and peering 'hub-to-spoke' of VNet 'hub',"
                + " which the method 'BeforeBothAsync' also creates: Azure checks for the gateway and for AllowGatewayTransit on the peering back when it writes the peering,"
                + " so it can fail (RemoteVnetHasNoGateways); await the CreateOrUpdate of gateway 'hub-vpn' and peering 'hub-to-spoke' (with WaitUntil.Completed) before the write of peering 'spoke-to-hub'",
                messages[0]);
            Assert.Contains("not ordered after gateway 'hub2-vpn' and peering 'hub2-to-spoke2' of VNet 'hub2'", messages[1]);
            Assert.Contains("not ordered after gateway 'hub3-vpn', which the method 'Started'", messages[2]);
        }

        [Fact]
        public async Task A_task_that_is_never_awaited_leaves_the_peering_unordered()
        {
            var source = Case("WaitsForWhatItNeeds.cs");
            Assert.Empty(await MessagesOf(source));

            var withoutAwait = source.Replace("        await gateway;\n", string.Empty);
            Assert.NotEqual(source, withoutAwait);
            Assert.Contains("not ordered after gateway 'hub-vpn', which the method 'InOrderAsync'", Assert.Single(await MessagesOf(withoutAwait)));
        }

        [Fact]
        public async Task A_write_that_is_not_retried_on_failure_is_reported_and_a_task_handed_on_may_have_been_awaited()
        {
            var source = Case("OrderUnknown.cs");
            Assert.Empty(await MessagesOf(source));

            var notRetried = source.Replace("            catch (RequestFailedException)\n            {\n                await Task.Delay(60_000);\n            }\n", "            finally\n            {\n            }\n");
            Assert.NotEqual(source, notRetried);
            Assert.Contains("which the method 'RetriedAsync'", Assert.Single(await MessagesOf(notRetried)));

            var dropped = source.Replace("deployments.Track(rg.GetVirtualNetworkGateways()", "_ = (rg.GetVirtualNetworkGateways()");
            Assert.Contains("which the method 'HandedOnAsync'", Assert.Single(await MessagesOf(dropped)));
        }
    }
}
