using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Peering.Rules.Checks;
using Peering.Templates.Bicep;

namespace Peering.Templates.Tests.Bicep
{
    /// <summary>
    /// The Bicep process is given several compile requests before the first answer is read. The run must not depend
    /// on it: the same documents and findings, in the same order, as one request at a time; and a Bicep process that
    /// dies with requests in flight stops the run instead of leaving it waiting.
    /// </summary>
    public sealed class BicepRequestsInFlightTests : IDisposable
    {
        private static readonly Lazy<string> Bicep = new Lazy<string>(() => new BicepCliResolver(BicepPackageRestore.ForCurrentUser()).Resolve(null));

        private readonly string folder = Path.Combine(Path.GetTempPath(), "peering-inflight-" + Guid.NewGuid().ToString("N"));

        public BicepRequestsInFlightTests()
        {
            Directory.CreateDirectory(folder);
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void Several_requests_in_flight_give_the_documents_and_findings_of_one_at_a_time()
        {
            var files = WriteEstate();

            var oneAtATime = Compile(files, requestsInFlight: 1);
            var several = Compile(files, requestsInFlight: 4);
            var all = Compile(files, requestsInFlight: files.Count);

            // Modules and broken files are part of the set, so every path of the compiler is compared.
            Assert.Equal(files.Count - 3, oneAtATime.Documents.Count);
            Assert.Equal(2, oneAtATime.Findings.Count);
            foreach (var other in new[] { several, all })
            {
                Assert.Equal(oneAtATime.Documents.Select(d => (d.Path, d.JsonText)), other.Documents.Select(d => (d.Path, d.JsonText)));
                Assert.Equal(Describe(oneAtATime.Findings), Describe(other.Findings));
            }
        }

        [Fact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void A_Bicep_process_that_dies_with_requests_in_flight_stops_the_run_at_once()
        {
            var files = Enumerable.Range(0, 6).Select(i => Write("file" + i + ".bicep", "param p string = 'x'\n")).ToList();
            var dying = Write("bicep-dies.sh", "#!/bin/sh\nread line\necho 'out of memory' >&2\nexit 137\n");
            File.SetUnixFileMode(dying, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            var watch = Stopwatch.StartNew();

            var error = Assert.Throws<BicepUnavailableException>(() => new BicepBatchCompiler(() => dying, requestsInFlight: 4).Compile(files, Array.Empty<string>(), new SuppressionSet()));

            Assert.StartsWith("The Bicep CLI stopped while answering bicep/compile", error.Message);
            Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        }

        [Theory]
        [InlineData(1, 2)]
        [InlineData(2, 4)]
        [InlineData(4, 8)]
        [InlineData(64, 8)]
        public void Requests_in_flight_follow_the_cores_up_to_a_bound(int processors, int expected)
        {
            Assert.Equal(expected, BicepBatchCompiler.RequestsInFlightFor(processors));
        }

        [Fact]
        public void Bicep_runs_without_dynamic_profiling_unless_the_user_chose_otherwise()
        {
            var start = new ProcessStartInfo("bicep");
            start.Environment.Remove(BicepRuntimeTuning.TieredPgo);
            BicepRuntimeTuning.Apply(start);
            Assert.Equal("0", start.Environment[BicepRuntimeTuning.TieredPgo]);

            var chosen = new ProcessStartInfo("bicep");
            chosen.Environment[BicepRuntimeTuning.TieredPgo] = "1";
            BicepRuntimeTuning.Apply(chosen);
            Assert.Equal("1", chosen.Environment[BicepRuntimeTuning.TieredPgo]);
        }

        [Fact]
        public void A_tracer_attached_to_the_run_is_not_handed_to_Bicep()
        {
            var start = new ProcessStartInfo("bicep");
            start.Environment[BicepRuntimeTuning.DiagnosticPorts] = "/tmp/dotnet-diagnostic-1234,suspend";

            BicepRuntimeTuning.Apply(start);

            Assert.False(start.Environment.ContainsKey(BicepRuntimeTuning.DiagnosticPorts));
        }

        private BicepBatchResult Compile(IReadOnlyList<string> files, int requestsInFlight) =>
            new BicepBatchCompiler(() => Bicep.Value, requestsInFlight).Compile(files, Array.Empty<string>(), new SuppressionSet());

        /// <summary>Twelve regional files, two that do not compile, and one that deploys a module of the set.</summary>
        private List<string> WriteEstate()
        {
            var files = new List<string>();
            for (var region = 0; region < 12; region++)
            {
                files.Add(Write("region" + region.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ".bicep", Region(region)));
            }

            files.Insert(3, Write("broken-type.bicep", "resource x = {\n  name: 'x'\n}\n"));
            files.Insert(8, Write("broken-reference.bicep", "output o string = missing.id\n"));
            files.Add(Write("spoke-module.bicep", "param name string\nresource spoke 'Microsoft.Network/virtualNetworks@2023-09-01' = {\n  name: name\n  location: 'westeurope'\n  properties: { addressSpace: { addressPrefixes: ['10.200.0.0/16'] } }\n}\n"));
            files.Insert(5, Write("uses-module.bicep", "module spoke 'spoke-module.bicep' = {\n  name: 'spoke-deployment'\n  params: { name: 'module-spoke' }\n}\n"));
            return files;
        }

        private static string Region(int region) => $$"""
            param location string = 'westeurope'

            resource hub 'Microsoft.Network/virtualNetworks@2023-09-01' = {
              name: 'hub{{region}}'
              location: location
              properties: { addressSpace: { addressPrefixes: ['10.{{region}}.0.0/16'] } }
            }

            resource spokes 'Microsoft.Network/virtualNetworks@2023-09-01' = [for i in range(0, 3): {
              name: 'spoke{{region}}-${i}'
              location: location
              properties: { addressSpace: { addressPrefixes: ['10.{{100 + region}}.${i}.0/24'] } }
            }]

            resource toSpokes 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = [for i in range(0, 3): {
              parent: hub
              name: 'to-spoke${i}'
              properties: { remoteVirtualNetwork: { id: spokes[i].id } }
            }]
            """;

        private string Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }

        private static string[] Describe(IEnumerable<Finding> findings) =>
            findings.Select(f => f.Rule.Id + " " + f.Location + " " + f.Message).ToArray();
    }
}
