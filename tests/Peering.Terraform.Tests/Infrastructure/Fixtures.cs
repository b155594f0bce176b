using System;
using System.IO;

namespace Peering.Terraform.Tests.Infrastructure
{
    internal static class Fixtures
    {
        public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

        public static string Read(string relative) => File.ReadAllText(PathOf(relative));
    }
}
