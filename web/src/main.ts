import { createClient } from './api/client.js';
import { expose } from './debug.js';
import { Explorer } from './explorer.js';
import { byTestId } from './ui/dom.js';

const explorer = new Explorer(createClient('/graphql'), byTestId('graph'));
expose('faultline', explorer);
void explorer.start();
