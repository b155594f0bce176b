using System;
using System.IO;
using SharpFuzz;

namespace Peering.Fuzz
{
    public static class Program
    {
        /// <summary>
        /// <c>Peering.Fuzz &lt;target&gt;</c> under afl-fuzz reads inputs from AFL; <c>Peering.Fuzz &lt;target&gt; FILE</c>
        /// runs one input, to reproduce a crash.
        /// </summary>
        public static int Main(string[] args)
        {
            if (args.Length == 0 || FindTarget(args[0]) is not { } target)
            {
                Console.Error.WriteLine("usage: Peering.Fuzz cidr|arm|terraform [input-file]");
                return 2;
            }

            if (args.Length > 1)
            {
                target(File.ReadAllBytes(args[1]));
                return 0;
            }

            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target(buffer.ToArray());
            });
            return 0;
        }

        private static Action<byte[]>? FindTarget(string name) => name switch
        {
            "cidr" => input => FuzzTargets.Cidr(input),
            "arm" => input => FuzzTargets.Arm(input),
            "terraform" => input => FuzzTargets.Terraform(input),
            _ => null,
        };
    }
}
