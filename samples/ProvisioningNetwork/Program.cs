using Azure.Provisioning;
using ProvisioningNetwork;

// Declares a hub-and-spoke network with Azure.Provisioning and writes it as Bicep files. Each planted mistake is marked
// "// expect: PEERnnn" on the line the analyzers report; everything else is a correct variant and reports nothing.
var infra = new Infrastructure("network");
HubAndSpoke.Declare(infra);
foreach (var file in infra.Build().Save("bicep"))
{
    System.Console.WriteLine("Wrote " + file);
}
