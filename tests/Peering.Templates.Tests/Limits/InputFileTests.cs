using System;
using System.IO;
using System.Text;
using Peering.Templates.Input;

namespace Peering.Templates.Tests.Limits
{
    /// <summary>Input files are read within the size limit, and only text (UTF-8, or UTF-16 with its mark) is taken.</summary>
    public sealed class InputFileTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "peering-input-" + Guid.NewGuid().ToString("N")[..12]);

        public InputFileTests() => Directory.CreateDirectory(folder);

        [Fact]
        public void A_file_over_the_limit_is_skipped_naming_the_limit_and_the_option()
        {
            var path = Write("big.json", new byte[2 * 1024 * 1024 + 1]);

            var file = InputFile.Read(path, InputFile.MegabytesToBytes(2));

            Assert.Null(file.Text);
            Assert.Equal("it is larger than the limit of 2 MB (--max-file-size, or maxFileSizeMB in peering-check.json)", file.Problem);
        }

        [Fact]
        public void A_file_exactly_at_the_limit_is_read()
        {
            var path = Write("exact.json", Encoding.UTF8.GetBytes(new string(' ', 1000)));

            Assert.Equal(1000, InputFile.Read(path, 1000).Text!.Length);
        }

        [Fact]
        public void An_endless_file_is_read_only_to_the_limit()
        {
            // /dev/zero never ends: reading it whole would never return.
            var endless = OperatingSystem.IsWindows() ? Write("zeros", new byte[4096]) : "/dev/zero";

            var file = InputFile.Read(endless, 1024);

            Assert.Null(file.Text);
            Assert.Contains("larger than the limit of 1024 bytes", file.Problem);
        }

        [Fact]
        public void The_head_of_a_skipped_file_still_shows_its_schema()
        {
            var template = "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"x\": \"" + new string('a', 5000) + "\" }";
            var path = Write("big-template.json", Encoding.UTF8.GetBytes(template));

            var file = InputFile.Read(path, 1000);

            Assert.Null(file.Text);
            Assert.Contains("deploymentTemplate.json", file.Head);
        }

        [Fact]
        public void A_binary_file_is_skipped()
        {
            Assert.Null(TemplateText.Decode(new byte[] { (byte)'{', 0, 1, 2, (byte)'}' }, out var problem));
            Assert.Equal("it is a binary file (a NUL byte at offset 1)", problem);
        }

        [Theory]
        [InlineData(new byte[] { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' })]
        [InlineData(new byte[] { (byte)'{', 0xFF, (byte)'}' })]
        [InlineData(new byte[] { (byte)'{', 0xED, 0xA0, 0x80, (byte)'}' })]
        public void Bytes_that_are_not_UTF8_are_skipped(byte[] bytes)
        {
            Assert.Null(TemplateText.Decode(bytes, out var problem));
            Assert.StartsWith("it is not valid UTF-8 text (an invalid byte sequence at offset ", problem);
        }

        [Fact]
        public void A_UTF8_byte_order_mark_is_dropped()
        {
            Assert.Equal("{}", TemplateText.Decode(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}' }, out var problem));
            Assert.Null(problem);
        }

        [Fact]
        public void UTF16_with_its_mark_is_read_as_Windows_editors_write_it()
        {
            var bytes = new byte[] { 0xFF, 0xFE };
            var text = Encoding.Unicode.GetBytes("{ \"é\": 1 }");
            var withMark = new byte[bytes.Length + text.Length];
            bytes.CopyTo(withMark, 0);
            text.CopyTo(withMark, bytes.Length);

            Assert.Equal("{ \"é\": 1 }", TemplateText.Decode(withMark, out _));
        }

        [Fact]
        public void Non_ASCII_UTF8_is_text()
        {
            Assert.Equal("{ \"name\": \"réseau\" }", TemplateText.Decode(Encoding.UTF8.GetBytes("{ \"name\": \"réseau\" }"), out var problem));
            Assert.Null(problem);
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }
    }
}
