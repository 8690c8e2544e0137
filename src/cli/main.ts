process.stdout.write('pyembed (skeleton)\n');
