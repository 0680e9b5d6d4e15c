// Barrel: the rest of the app imports licensing through here.
export * from './channels';
export * from './LicenceManager';
export * from '../shared';
