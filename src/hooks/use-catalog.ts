import { createContext, useContext } from 'react';
import type { Mechanism } from '../lib/mechanism-types';

/**
 * The registered mechanisms by id, handed down by the app: the log, its flow view and its
 * details read each mechanism's own rules here, so nothing below the app imports the registry.
 */
export const CatalogContext = createContext<ReadonlyMap<string, Mechanism>>(new Map());

export const useCatalog = () => useContext(CatalogContext);
