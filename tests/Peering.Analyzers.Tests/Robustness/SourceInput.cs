using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>Where an input comes from.</summary>
    public enum InputOrigin
    {
        /// <summary>A case file of the analyzer tests.</summary>
        Case,

        /// <summary>A file of a sample program.</summary>
        Sample,

        /// <summary>A program written as a string literal in a test.</summary>
        Inline,
    }

    /// <summary>A C# file of the user's program, with its path and text.</summary>
    public sealed record SourceFile(string Path, string Text);

    /// <summary>
    /// A C# source the robustness suite varies: <see cref="File"/> is cut and mutated, <see cref="Context"/> holds the
    /// other files of the same program (a sample's other files), which stay as they are.
    /// </summary>
    public sealed record SourceInput(string Name, InputOrigin Origin, SourceFile File, IReadOnlyList<SourceFile> Context)
    {
        public SourceInput WithText(string text) => this with { File = File with { Text = text } };

        /// <summary>Top-level statements make the program an executable; otherwise it is a library.</summary>
        public OutputKind OutputKind =>
            Context.Append(File).Any(f => CSharpSyntaxTree.ParseText(f.Text).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any())
                ? OutputKind.ConsoleApplication
                : OutputKind.DynamicallyLinkedLibrary;

        /// <summary>The library the program uses: its case folder's, or else the one its text names.</summary>
        public SdkLibrary Library => Origin == InputOrigin.Case
            ? CaseFiles.LibraryOf(Name["tests/Peering.Analyzers.Tests/Cases/".Length..])
            : AzureSdk.LibraryOf(Context.Append(File).Select(f => f.Text).ToArray());

        /// <summary>The shape of the program's library that stands for <paramref name="shape"/> (<see cref="AzureSdk.Corresponding"/>).</summary>
        public SdkShape ShapeFor(SdkShape shape) => AzureSdk.Corresponding(shape, Library);

        /// <summary>The whole program, compiled against its library's shape for <paramref name="shape"/>.</summary>
        public CSharpCompilation Compile(SdkShape shape) =>
            CSharpCompilation.Create(
                "UserCode",
                Context.Prepend(File).Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text), path: f.Path)),
                AzureSdk.References(ShapeFor(shape), Library),
                new CSharpCompilationOptions(OutputKind, nullableContextOptions: NullableContextOptions.Enable));

        public override string ToString() => Name;
    }
}
