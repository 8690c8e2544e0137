import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.info('python-embedded: post step (skeleton)');
}
