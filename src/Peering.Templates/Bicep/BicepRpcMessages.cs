using System.Collections.Generic;

namespace Peering.Templates.Bicep
{
    // The request and response shapes of `bicep jsonrpc` (Bicep 0.49.2) that the validator uses; property names are
    // matched case-insensitively, and fields the validator does not read are not declared.

    internal sealed record BicepPosition(int Line, int Char);

    internal sealed record BicepRange(BicepPosition Start, BicepPosition End);

    internal sealed record BicepDiagnostic(string? Source, BicepRange? Range, string? Level, string? Code, string? Message);

    internal sealed record BicepCompileResult(bool Success, IReadOnlyList<BicepDiagnostic>? Diagnostics, string? Contents);

    internal sealed record BicepCompileParamsResult(bool Success, IReadOnlyList<BicepDiagnostic>? Diagnostics, string? Parameters, string? Template);

    internal sealed record BicepFileReferences(IReadOnlyList<string>? FilePaths);

    internal sealed record BicepVersionResult(string? Version);
}
