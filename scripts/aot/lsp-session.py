#!/usr/bin/env python3
"""Drives `galley lsp` through a scripted session over stdin/stdout and prints every message the server sends,
one JSON body per line, in order. Each step waits for its answer (a request's response, or the diagnostics a
didOpen/didChange publishes) before the next, so the transcript does not depend on timing.
Usage: lsp-session.py FILE_URI -- COMMAND... (the command that starts the server)."""
import json
import subprocess
import sys

uri = sys.argv[1]
command = sys.argv[sys.argv.index("--") + 1:]
server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
transcript = []


def send(message):
    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def receive():
    length = None
    while True:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("lsp-session: the server closed its output; transcript so far:\n" + "\n".join(transcript))
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = server.stdout.read(length)
    transcript.append(body.decode("utf-8"))
    return json.loads(body)


def request(id, method, params):
    send({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
    while True:
        message = receive()
        if message.get("id") == id and "method" not in message:
            return message


def notify_and_wait(method, params, version):
    send({"jsonrpc": "2.0", "method": method, "params": params})
    while True:
        message = receive()
        p = message.get("params", {})
        if message.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri and p.get("version") == version:
            return message


text = ("Mara pushed the door open and and stepped inside. Its a small room.\n\n"
        "\u201cYour late,\u201d said Tobin. He didnt look up.\n\n"
        "She recieved the letter on tuesday, but she would of answered sooner.\n")
request(1, "initialize", {"processId": None, "rootUri": None, "capabilities": {},
                          "initializationOptions": {"galley": {"docsBaseUrl": "https://example.org/rules/"}}})
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
opened = notify_and_wait("textDocument/didOpen",
                         {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}, 1)
end = len(text.split("\n")[4])  # UTF-16 units and code points agree: the line is ASCII
# Change the first line: "and and" becomes "and", and a new misspelling is typed at the end of the document.
notify_and_wait("textDocument/didChange", {
    "textDocument": {"uri": uri, "version": 2},
    "contentChanges": [
        {"range": {"start": {"line": 0, "character": 26}, "end": {"line": 0, "character": 30}}, "text": ""},
        {"range": {"start": {"line": 4, "character": end}, "end": {"line": 4, "character": end}}, "text": " Teh end."},
    ]}, 2)
request(2, "textDocument/codeAction", {"textDocument": {"uri": uri},
                                       "range": {"start": {"line": 0, "character": 0}, "end": {"line": 5, "character": 0}},
                                       "context": {"diagnostics": []}})
request(3, "workspace/executeCommand", {"command": "galley.ignoreRule", "arguments": [uri, "GL0001"]})
request(4, "unknown/method", {})
send({"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": {"settings": {"galley": {"minSeverity": "error", "docsBaseUrl": "https://example.org/rules/"}}}})
request(5, "shutdown", None)
send({"jsonrpc": "2.0", "method": "exit"})
server.stdin.close()
rest = server.stdout.read()
code = server.wait(timeout=30)
for body in transcript:
    print(body)
if rest:
    print("TRAILING:", rest.decode("utf-8", "replace"))
print("exit code", code)
