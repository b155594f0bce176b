using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Peering.EndToEnd.Tests.Infrastructure
{
    /// <summary>A user's console project that installs Peering.Analyzers from the local feed.</summary>
    public sealed class ConsumerProject
    {
        public const string ProjectFileName = "Consumer.csproj";
        public const string ProgramFileName = "Program.cs";

        private ConsumerProject(string directory)
        {
            Directory = directory;
        }

        public string Directory { get; }

        public string ProjectFile => Path.Combine(Directory, ProjectFileName);

        public string ProgramFile => Path.Combine(Directory, ProgramFileName);

        /// <summary>Writes a fresh project whose Program.cs is the given consumer source (a file under Consumer/ of this test project).</summary>
        public static ConsumerProject Create(string directory, string consumerSource, string sdkStandInAssembly)
        {
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, ProjectFileName), ProjectXml(new[] { sdkStandInAssembly }, ("Azure.ResourceManager", "1.7.0")));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", consumerSource), Path.Combine(directory, ProgramFileName));
            return new ConsumerProject(directory);
        }

        /// <summary>
        /// Writes a fresh project with the C# files of a sample program of the repository, compiled against the library
        /// stand-ins <paramref name="standInAssemblies"/> and the package the stand-ins' public types come from (none for
        /// stand-ins that need no other package, as Pulumi's).
        /// </summary>
        public static ConsumerProject FromSample(string directory, string sampleFolder, string[] standInAssemblies, (string Id, string Version)? package)
        {
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, ProjectFileName), ProjectXml(standInAssemblies, package));
            foreach (var source in System.IO.Directory.GetFiles(sampleFolder, "*.cs"))
            {
                File.Copy(source, Path.Combine(directory, Path.GetFileName(source)));
            }

            return new ConsumerProject(directory);
        }

        /// <summary>A copy of the sources only: bin/ and obj/ stay behind, so each copy restores and builds from scratch.</summary>
        public ConsumerProject CopyTo(string directory)
        {
            System.IO.Directory.CreateDirectory(directory);
            foreach (var name in new[] { ProjectFileName, ProgramFileName })
            {
                File.Copy(Path.Combine(Directory, name), Path.Combine(directory, name));
            }

            return new ConsumerProject(directory);
        }

        /// <summary>Adds another file of the user's program (a file under Consumer/ of this test project), under the same name; returns its path.</summary>
        public string AddSource(string consumerSource)
        {
            var path = Path.Combine(Directory, consumerSource);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", consumerSource), path);
            return path;
        }

        public void WriteEditorConfig(params string[] cSharpSettings)
        {
            // root = true: no .editorconfig above the temp folder may change what the test sees.
            var text = "root = true" + Environment.NewLine + Environment.NewLine + "[*.cs]" + Environment.NewLine
                + string.Join(Environment.NewLine, cSharpSettings) + Environment.NewLine;
            File.WriteAllText(Path.Combine(Directory, ".editorconfig"), text);
        }

        /// <summary>
        /// dotnet build as a user runs it, through the classic console logger (the terminal logger would rewrite
        /// the lines) with warnings left as warnings. The dotnet CLI still prints its summary, which repeats the
        /// diagnostics; <see cref="BuildOutput.PeeringDiagnostics"/> keeps distinct ones.
        /// </summary>
        public Task<ProcessResult> BuildAsync(params string[] extraArguments)
        {
            var arguments = new[] { "build", ProjectFile, "-p:TreatWarningsAsErrors=false", "-nologo", "-clp:NoSummary", "-tl:off" };
            return DotNetCli.RunAsync(Directory, [.. arguments, .. extraArguments]);
        }

        private static string ProjectXml(string[] standInAssemblies, (string Id, string Version)? package) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Peering.Analyzers" Version="0.1.0" />
                <!-- The real library is not served here; the repository's stand-in has its public surface. -->
            {(package is { } p ? $"    <PackageReference Include=\"{p.Id}\" Version=\"{p.Version}\" />{Environment.NewLine}" : string.Empty)}{string.Concat(standInAssemblies.Select(assembly => $"    <Reference Include=\"{assembly}\" />{Environment.NewLine}"))}  </ItemGroup>
            </Project>
            """;
    }
}
