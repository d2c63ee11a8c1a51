import Glibc

signal(SIGPIPE, SIG_IGN)
let status = await GlocalCommandLine.main(Array(CommandLine.arguments.dropFirst()))
exit(status)
