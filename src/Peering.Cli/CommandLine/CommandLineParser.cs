using System;
using System.Collections.Generic;
using Peering.Cli.Output;
using Peering.Cli.Output.Graph;
using Peering.Cli.Running;
using Peering.Rules.Catalogue;
using Peering.Rules.Profiles;
using Peering.Terraform;

namespace Peering.Cli.CommandLine
{
    /// <summary>
    /// Reads <c>peering-check [paths...] [options]</c>. Hand-written rather than System.CommandLine: a dozen options,
    /// exit code 2 and a one-line message for every mistake, and no dependency shipped in the tool.
    /// Options take their value as the next argument or after <c>=</c>; <c>--</c> ends the options.
    /// </summary>
    internal static class CommandLineParser
    {
        public static CommandLineArguments Parse(IReadOnlyList<string> args)
        {
            var result = new CommandLineArguments();
            var paths = new List<string>();
            var parameters = new List<string>();
            var variables = new List<VariableArgument>();
            var onlyPaths = false;
            for (var index = 0; index < args.Count; index++)
            {
                var argument = args[index];
                if (onlyPaths || !argument.StartsWith("-", StringComparison.Ordinal) || argument == "-")
                {
                    paths.Add(argument);
                    continue;
                }

                if (argument == "--")
                {
                    onlyPaths = true;
                    continue;
                }

                var separator = argument.IndexOf('=');
                var name = separator > 0 ? argument.Substring(0, separator) : argument;
                string? inlineValue = separator > 0 ? argument.Substring(separator + 1) : null;
                string Value()
                {
                    if (inlineValue != null)
                    {
                        return inlineValue;
                    }

                    if (index + 1 >= args.Count)
                    {
                        throw new CheckFailedException($"Option {name} needs a value.");
                    }

                    return args[++index];
                }

                void NoValue()
                {
                    if (inlineValue != null)
                    {
                        throw new CheckFailedException($"Option {name} takes no value.");
                    }
                }

                switch (name)
                {
                    case "-h":
                    case "-?":
                    case "--help":
                        NoValue();
                        result = result with { ShowHelp = true };
                        break;
                    case "--version":
                        NoValue();
                        result = result with { ShowVersion = true };
                        break;
                    case "--closed-world":
                        NoValue();
                        result = result with { ClosedWorld = true };
                        break;
                    case "--offline":
                        NoValue();
                        result = result with { Offline = true };
                        break;
                    case "--module-cache":
                        result = result with { ModuleCache = Value() };
                        break;
                    case "-p":
                    case "--parameters":
                        parameters.Add(Value());
                        break;
                    case "--var-file":
                        variables.Add(VariableArgument.File(Value()));
                        break;
                    case "--var":
                        var value = Value();
                        variables.Add(VariableArgument.Parse(value) ?? throw new CheckFailedException($"Option --var must be NAME=VALUE with a variable's name, not '{value}'."));
                        break;
                    case "--tf-var-env":
                        NoValue();
                        result = result with { ReadsTerraformEnvironment = true };
                        break;
                    case "-f":
                    case "--format":
                        result = result with { Format = OneOf(name, Value(), ReportWriters.Formats) };
                        break;
                    case "-o":
                    case "--output":
                        result = result with { OutputFile = Value() };
                        break;
                    case "--profile":
                        result = result with { Profile = ParseProfile(name, Value()) };
                        break;
                    case "--fail-on":
                        result = result with { FailOn = ParseFailOn(name, Value()) };
                        break;
                    case "--config":
                        result = result with { ConfigFile = Value() };
                        break;
                    case "--graph":
                        result = result with { Graph = OneOf(name, Value(), GraphWriters.Formats) };
                        break;
                    case "--graph-output":
                        result = result with { GraphOutputFile = Value() };
                        break;
                    case "--bicep":
                        result = result with { BicepPath = Value() };
                        break;
                    case "--max-file-size":
                        result = result with { MaxFileSizeMB = ParseMaxFileSize(name, Value()) };
                        break;
                    default:
                        throw new CheckFailedException($"Unknown option {name}; see peering-check --help.");
                }
            }

            if (result.GraphOutputFile != null && result.Graph == null)
            {
                throw new CheckFailedException("Option --graph-output needs --graph mermaid|dot.");
            }

            return result with { Paths = paths, Parameters = parameters, TerraformVariables = variables };
        }

        public static PlatformProfile ParseProfile(string source, string value) =>
            PlatformProfiles.TryParse(value, out var profile)
                ? profile
                : throw new CheckFailedException($"{source} must be {PlatformProfiles.CurrentName} or {PlatformProfiles.October2017Name}, not '{value}'.");

        public static RuleSeverity ParseFailOn(string source, string value) =>
            SeverityParser.TryParse(value, out var severity) && severity != RuleSeverity.NotApplicable
                ? severity
                : throw new CheckFailedException($"{source} must be error, warning or info, not '{value}'.");

        /// <summary>Whole megabytes, 1 or more: a limit of 0 would skip every file and the run would pass.</summary>
        public static int ParseMaxFileSize(string source, string value) =>
            int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var megabytes) && megabytes > 0 && megabytes <= MaxFileSizeLimitMB
                ? megabytes
                : throw new CheckFailedException($"{source} must be a whole number of megabytes from 1 to {MaxFileSizeLimitMB}, not '{value}'.");

        /// <summary>The largest limit accepted: each file is held in memory whole, so the limit must stay a sane amount of memory.</summary>
        private const int MaxFileSizeLimitMB = 1024;

        private static string OneOf(string option, string value, IReadOnlyList<string> allowed)
        {
            foreach (var candidate in allowed)
            {
                if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }

            throw new CheckFailedException($"{option} must be {string.Join(", ", allowed)}, not '{value}'.");
        }
    }
}
