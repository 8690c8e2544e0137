export { PythonManager, dirSize, type GetOrCreateOptions, type InstallBuildResult, type InstanceInfo, type IntegrityReport, type PythonInstance, type PythonManagerOptions, type SelectOptions, } from './manager.js';
export { METADATA_FILE, instanceName, parseInstanceName, type InstanceMetadata, type InstanceSource, type ParsedInstanceName, } from './metadata.js';
export { packDirectory } from './archive.js';
export { localArchiveBuild } from './local-archive.js';
