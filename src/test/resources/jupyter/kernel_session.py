#!/usr/bin/env python3
"""Drives the Jupyter kernel 'signsnet' through jupyter_client, as a notebook front end does, and
prints what the kernel answered as one JSON object on standard output (JupyterKernelTest reads it).

Usage: python3 kernel_session.py   (the kernel must be registered where jupyter_client looks)
"""
import json
import time

from jupyter_client.manager import start_new_kernel

TIMEOUT = 300


def main():
    manager, client = start_new_kernel(kernel_name="signsnet", startup_timeout=TIMEOUT)
    seen = {}

    def execute(code):
        outputs = []

        def keep(message):
            if message["msg_type"] in ("stream", "display_data", "execute_result", "error"):
                outputs.append({"type": message["msg_type"], "content": message["content"]})

        reply = client.execute_interactive(code, timeout=TIMEOUT, output_hook=keep)
        return {"status": reply["content"]["status"], "outputs": outputs}

    def reply_to(msg_id):
        while True:
            message = client.get_shell_msg(timeout=TIMEOUT)
            if message["parent_header"].get("msg_id") == msg_id:
                return message["content"]

    try:
        info = reply_to(client.kernel_info())
        seen["kernel_info"] = {"protocol_version": info.get("protocol_version"), "implementation": info["implementation"],
                               "language": info["language_info"]["name"]}
        seen["execute"] = execute('import java.awt.image.BufferedImage;\n'
                                  'System.out.println("hello");\n'
                                  'display(new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB));\n'
                                  '6 * 7')
        seen["compile_error"] = execute("int ok = 1;\nint broken = undefinedName + 1;")
        seen["exception"] = execute('Integer.parseInt("x");')
        seen["data_directory"] = execute('System.out.println(System.getenv("SIGNS_DATA_DIR"));')
        code = 'String greeting = "hi"; greeting.toUpp'
        seen["complete"] = dict(reply_to(client.complete(code, len(code))), code=code)
        seen["is_complete_open"] = reply_to(client.is_complete("for (int i = 0; i < 3; i++) {"))
        seen["is_complete_done"] = reply_to(client.is_complete("int x = 1;"))

        running = client.execute('long spins = 0;\nSystem.out.println("spinning");\nwhile (true) { spins++; }')
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:  # wait until the loop runs
            message = client.get_iopub_msg(timeout=TIMEOUT)
            if message["parent_header"].get("msg_id") == running and message["msg_type"] == "stream":
                break
        time.sleep(1)
        manager.interrupt_kernel()
        seen["interrupted"] = reply_to(running)
        seen["after_interrupt"] = execute("spins > 0")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
