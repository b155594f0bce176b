using System;
using System.IO;

namespace Peering.Templates.Tests.Bicep
{
    /// <summary>A fresh folder outside the repository (so no bicepconfig.json of the repository is found), deleted after the test.</summary>
    internal sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "peering-registry-" + Guid.NewGuid().ToString("N")[..12]);

        /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
        public string Write(string relativePath, string text)
        {
            var full = Combine(relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            return full;
        }

        public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}
